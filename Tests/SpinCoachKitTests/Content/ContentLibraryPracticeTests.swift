import Foundation
import Testing

@testable import SpinCoachKit

/// What a practice call reads: one language when the call's is known before reading, and the
/// whole library whenever the narrowed one would not have what was asked for.
@Suite struct ContentLibraryPracticeTests {
    let scratch: TemporaryDirectory
    var folder: URL { scratch.url }
    init() throws { scratch = try TemporaryDirectory() }

    func write(_ text: String, _ path: String) throws {
        let url = folder.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static let whole = Bundled.library
    static let allLanguages = Set(ContentLanguage.allCases)

    static func practice(
        persona: String? = nil, script: String? = nil, language: ContentLanguage? = nil, roots: [URL] = whole.roots
    ) -> ContentLibrary {
        ContentLibrary.forPractice(roots: roots, persona: persona, script: script, language: language)
    }

    @Test(arguments: whole.personas.map(\.id))
    func aBuyerNamedAloneIsReadInItsLanguageOnly(id: String) throws {
        let persona = try #require(Self.whole.persona(id: id))
        let library = Self.practice(persona: id)
        #expect(library.languages == [persona.language])
        #expect(library.persona(id: id) == persona)
        #expect(library.defaultScript(for: persona) == Self.whole.defaultScript(for: persona))
    }

    @Test(arguments: ContentLanguage.allCases)
    func aLanguageAskedForIsTheOnlyOneRead(language: ContentLanguage) {
        let library = Self.practice(language: language)
        #expect(library.languages == [language])
        #expect(library.personas == Self.whole.personas.filter { $0.language == language })
    }

    /// So an unknown id is answered with every id there is, and a buyer or script of another
    /// language is named as such, as when practice read everything.
    @Test func whatTheNarrowedLibraryLacksIsLookedForInTheWholeOne() {
        let asks: [(persona: String?, script: String?, language: ContentLanguage?)] = [
            ("kwame-asant", nil, nil), ("kwame-asante", nil, .chinese), ("kwame-asante", "erp-upgrade", nil),
            ("kwame-asante", "plant-downtim", nil), (nil, "erp-upgrade", .english), (nil, nil, nil),
        ]
        for ask in asks {
            let library = Self.practice(persona: ask.persona, script: ask.script, language: ask.language)
            #expect(library.languages == Self.allLanguages, "\(ask)")
            #expect(library.personas == Self.whole.personas, "\(ask)")
        }
        #expect(Self.practice(persona: "kwame-asante", script: "plant-downtime").languages == [.english])
    }

    /// A file of another language that mentions the id might be the one that gives it.
    @Test func anIdMentionedInBothLanguagesReadsEverything() throws {
        try write("id: kwame-asante\n", "Personas/zh/notes.yaml")
        let library = Self.practice(persona: "kwame-asante", roots: [folder] + Self.whole.roots)
        #expect(library.languages == Self.allLanguages)
        #expect(library.persona(id: "kwame-asante") == Self.whole.persona(id: "kwame-asante"))
    }

    @Test func aPersonaIsFoundByWhatItsFilesSayNotTheirNames() throws {
        try write("id: someone\n", "Personas/en/renamed.yaml")
        try write("id: both\n", "Personas/en/a.yml")
        try write("id: both\n", "Personas/zh/b.yaml")
        try write("id: elsewhere\n", "Scripts/zh/elsewhere.spin")
        let language = { ContentLibrary.onlyPersonaLanguage(mentioning: $0, in: [folder]) }
        #expect(language("someone") == .english)
        #expect(language("both") == nil)
        #expect(language("elsewhere") == nil)
        #expect(language("") == nil)
    }

    @Test func theDefaultScriptIsTheBuyersOwnFirstInItsLanguage() throws {
        var buyer = Fixture.persona("fixture-en-d")
        buyer.scripts = ["no-such-script", "fixture-zh-bakery", "fixture-en-bakery"]
        #expect(Fixture.library.defaultScript(for: buyer)?.id == "fixture-en-bakery")
        buyer.scripts = ["fixture-zh-bakery"]
        let firstEnglish = try #require(Fixture.library.scripts.first { $0.language == .english })
        #expect(Fixture.library.defaultScript(for: buyer) == firstEnglish)
        #expect(ContentLibrary(roots: [folder]).defaultScript(for: buyer) == nil)
    }
}
