import Testing

@testable import SpinCoachKit

/// The brief's layout on fixture personas; that every bundled Chinese persona's heading is
/// full-width is a promise about the bundled content, so that test runs on it.
@Suite struct CallBriefTests {
    static func brief(_ persona: Persona, in library: ContentLibrary) throws -> (persona: Persona, lines: [String]) {
        let script = try #require(library.script(id: persona.scripts[0]))
        return (
            persona,
            CallBrief(persona: persona, script: script, terms: library.terms(for: persona.language)).render()
                .components(separatedBy: "\n")
        )
    }

    static func brief(_ personaID: String) throws -> (persona: Persona, lines: [String]) {
        try brief(Fixture.persona(personaID), in: Fixture.library)
    }

    @Test func theChineseHeadingNamesThePersonThenCompanyAndTitleThenIndustry() throws {
        let (_, lines) = try Self.brief("fixture-zh-d")
        #expect(lines.first == "丁样例，样例测试食品厂厂长（测试用）；行业：食品加工（测试数据）")
    }

    @Test(arguments: Bundled.library.personas.filter { $0.language == .chinese }.map(\.id))
    func theChineseHeadingAndStyleLineUseFullWidthPunctuation(personaID: String) throws {
        let (persona, lines) = try Self.brief(try #require(Bundled.library.persona(id: personaID)), in: Bundled.library)
        let heading = try #require(lines.first)
        for ascii in [",", "(", ")", ":", ";", " "] { #expect(!heading.contains(ascii), "\(heading)") }
        let advice = DISCAdvice.advice(for: persona.disc.primary, language: .chinese)
        #expect(
            lines.contains(Bundled.library.terms(for: .chinese).name(of: persona.disc.primary) + "：" + advice.needs))
    }

    @Test func theEnglishHeadingIsUnchanged() throws {
        let (persona, lines) = try Self.brief("fixture-en-d")
        #expect(
            lines.first == "\(persona.name), \(persona.title) · \(persona.company) (\(persona.industry))")
        #expect(lines.contains { $0.hasPrefix("D (Dominance): ") })
    }

    static let widths = [40, 60, 100]

    /// At every width each line fits; a wrapped line hangs two columns in, a wrapped list
    /// item under its text; nothing is lost (only the spaces where lines break).
    @Test(arguments: ["fixture-en-d", "fixture-zh-d"], widths)
    func theBriefIsLaidOutToTheWidth(personaID: String, width: Int) throws {
        let persona = Fixture.persona(personaID)
        let brief = CallBrief(
            persona: persona, script: Fixture.script(for: persona), terms: Fixture.library.terms(for: persona.language))
        let laidOut = brief.render(width: width).components(separatedBy: "\n")
        let unlimited = brief.render().components(separatedBy: "\n")
        #expect(laidOut.allSatisfy { TerminalText.width($0) <= width }, "\(laidOut)")
        #expect(laidOut.count > unlimited.count, "the account line at least wraps")
        func letters(_ lines: [String]) -> String { lines.joined().filter { !$0.isWhitespace } }
        #expect(letters(laidOut) == letters(unlimited))
        var inItem = false
        for line in laidOut {
            if !line.hasPrefix(" ") {
                inItem = false
            } else if ["  + ", "  - ", "  · "].contains(where: line.hasPrefix) {
                inItem = true
            } else {
                let hang = inItem ? "    " : "  "
                #expect(line.hasPrefix(hang) && !line.dropFirst(hang.count).hasPrefix(" "), "\(line)")
            }
        }
    }
}

/// `practice` briefs the call it has set up; the brief must read as one made from the persona.
@Suite struct CallBriefForACallTests {
    @Test(arguments: Bundled.library.personas.map(\.id))
    func aCallsBriefIsTheBriefOfItsPersonaScriptAndTerms(personaID: String) {
        let call = Bundled.machine(personaID)
        let style = "You are an I selling to a D: cut the stories."
        let fromParts = CallBrief(persona: call.persona, script: call.script, terms: call.terms, repStyle: style)
        #expect(CallBrief(call: call, repStyle: style).render(width: 80) == fromParts.render(width: 80))
    }
}

@Suite struct CallBriefRepStyleTests {
    @Test func theBriefAddsTheRepsOwnStyleOnlyWhenGiven() throws {
        let persona = Fixture.persona("fixture-en-d")
        let script = Fixture.script(for: persona)
        let line = "You are an I selling to a D: cut the stories."
        let with = CallBrief(
            persona: persona, script: script, terms: Fixture.library.terms(for: persona.language), repStyle: line
        ).render().components(separatedBy: "\n")
        let without = CallBrief(persona: persona, script: script, terms: Fixture.library.terms(for: persona.language))
            .render().components(separatedBy: "\n")
        #expect(with.count == without.count + 1)
        let lastDont = try #require(with.lastIndex { $0.hasPrefix("  - ") })
        #expect(with[lastDont + 1] == line, "right after the buyer's do's and don'ts")
        #expect(!without.contains { $0.hasPrefix("You are ") })
    }
}
