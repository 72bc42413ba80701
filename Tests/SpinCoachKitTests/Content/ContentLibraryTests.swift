import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct ContentLibraryTests {
    let scratch: TemporaryDirectory
    var folder: URL { scratch.url }
    init() throws { scratch = try TemporaryDirectory() }

    static let script = """
        id: same
        language: en
        title: T
        industry: I
        [opening]
        opening.a: Hi?
        [situation]
        situation.a: How many?
        [problem]
        problem.a: What is hard?
        [implication]
        implication.a: What does it cost?
        [need-payoff]
        need-payoff.a: What would it be worth?
        [commitment]
        commitment.a: Shall we meet?

        """

    func write(_ text: String, _ path: String) throws {
        let url = folder.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func anIdTwiceInOneFolderIsAClashButAcrossFoldersAnOverride() throws {
        try write(Self.script, "user/Scripts/en/a.spin")
        try write(Self.script.replacingOccurrences(of: "title: T", with: "title: Mine"), "user/Scripts/en/b.spin")
        try write(Self.script.replacingOccurrences(of: "title: T", with: "title: Bundled"), "bundled/Scripts/en/a.spin")
        let library = ContentLibrary(roots: [folder.appending(path: "user"), folder.appending(path: "bundled")])
        #expect(library.scripts.count == 1)
        #expect(library.script(id: "same")?.title == "T")
        #expect(library.diagnostics.count == 1)
        #expect(library.diagnostics.first?.message.hasPrefix("duplicate script id 'same' (also in") == true)
        #expect(library.diagnostics.first?.file.hasSuffix("user/Scripts/en/b.spin") == true)
    }

    @Test func aCommandReadsOnlyThePartsItNeeds() {
        let scriptsOnly = ContentLibrary(roots: [Bundled.library.roots[0]], parts: [])
        #expect(!scriptsOnly.scripts.isEmpty)
        #expect(scriptsOnly.personas.isEmpty)
        #expect(scriptsOnly.cueBooks.isEmpty && scriptsOnly.developmentGold.isEmpty)
        #expect(!Bundled.library.personas.isEmpty && !Bundled.library.cueBooks.isEmpty)
    }

    /// A practice call reads one language; what it reads must be what the whole library holds for it.
    @Test(arguments: ContentLanguage.allCases)
    func aLanguageFilteredLibraryHoldsThatLanguageOnlyAndAsTheWholeLibraryDoes(language: ContentLanguage) {
        let whole = Bundled.library
        let filtered = ContentLibrary(roots: whole.roots, languages: [language])
        #expect(filtered.languages == [language])
        #expect(filtered.diagnostics.isEmpty, "\(filtered.diagnostics)")
        #expect(!filtered.scripts.isEmpty && !filtered.personas.isEmpty)
        #expect(filtered.scripts == whole.scripts.filter { $0.language == language })
        #expect(filtered.personas == whole.personas.filter { $0.language == language })
        let keys = [
            Array(filtered.lexicons.keys), Array(filtered.steps.keys), Array(filtered.cueBooks.keys),
            Array(filtered.developmentGold.keys),
        ]
        #expect(keys.allSatisfy { $0 == [language] }, "\(keys)")
        #expect(filtered.lexicons[language] == whole.lexicons[language])
        #expect(filtered.steps[language] == whole.steps[language])
        let cues = (filtered.cueBooks[language]?.cues ?? [], whole.cueBooks[language]?.cues ?? [])
        #expect(!cues.0.isEmpty)
        #expect(cues.0.map(\.pattern) == cues.1.map(\.pattern) && cues.0.map(\.group) == cues.1.map(\.group))
        let gold = (filtered.developmentGold[language]?.items ?? [], whole.developmentGold[language]?.items ?? [])
        #expect(!gold.0.isEmpty)
        #expect(gold.0.map(\.text) == gold.1.map(\.text) && gold.0.map(\.label) == gold.1.map(\.label))
        #expect(gold.0.map(\.statedNeed) == gold.1.map(\.statedNeed))
        #expect(filtered.glossaries == whole.glossaries.filter { $0.key == language })
        #expect(filtered.terms(for: language).glossary == whole.terms(for: language).glossary)
    }

    /// A broken file in a language left out is not read, so it is neither loaded nor reported.
    @Test func aLanguageLeftOutIsNotRead() throws {
        try write(Self.script, "Scripts/en/a.spin")
        try write("id: broken\n", "Scripts/zh/b.spin")
        try write("not: a persona\n", "Personas/zh/c.yaml")
        let english = ContentLibrary(roots: [folder], languages: [.english])
        #expect(english.scripts.map(\.id) == ["same"])
        #expect(english.diagnostics.isEmpty, "\(english.diagnostics)")
        #expect(english.filesRead == 1)
        let whole = ContentLibrary(roots: [folder])
        #expect(whole.diagnostics.contains { $0.file.hasSuffix("Scripts/zh/b.spin") })
        #expect(whole.diagnostics.contains { $0.file.hasSuffix("Personas/zh/c.yaml") })
    }

    /// A broken step list is reported by its own path, line and column, like a lexicon.
    @Test func aBrokenStepListIsNamedByPath() throws {
        try write("pilot: trial, , test run\n", "Scripts/steps/en.lex")
        let library = ContentLibrary(roots: [folder])
        let found = try #require(library.diagnostics.first { $0.file.hasSuffix("Scripts/steps/en.lex") })
        #expect(found.line == 1 && found.column == 15, "\(found)")
        #expect(found.message.contains("empty term"))
        #expect(library.steps[.english]?.concepts(in: ["trial"]).map(\.concept) == ["pilot"])
    }
}
