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
