import Testing

@testable import SpinCoachKit

/// `asked:` and `need-asked:`: how reps word their questions about an item, read with positions.
@Suite struct PersonaAskedLinesTests {
    func decode(_ text: String) -> (Persona?, [String]) {
        let (persona, diagnostics) = PersonaDecoder(file: "p.yaml", expectedLanguage: .english).decode(text)
        return (persona, diagnostics.map { "\($0.position) \($0.message)" })
    }

    static let withAsked = PersonaDecoderTests.valid
        .replacingOccurrences(
            of: "    cues: [lines, shifts]\n", with: "    cues: [lines, shifts]\n    asked: [How many lines run?]\n"
        )
        .replacingOccurrences(
            of: "    cues: [downtime, stop]\n",
            with: "    cues: [downtime, stop]\n    asked:\n      - Where does the line lose time?\n"
        )
        .replacingOccurrences(
            of: "        say: We pay overtime to catch up.\n",
            with: "        say: We pay overtime to catch up.\n        asked: [Who pays for catching up?]\n"
        )
        .replacingOccurrences(
            of: "    benefit: I could drop the Saturday shift.\n",
            with: "    benefit: I could drop the Saturday shift.\n    need-asked: [What would a warning be worth?]\n")

    @Test func everyItemCanSayHowRepsAskForIt() throws {
        let (persona, messages) = decode(Self.withAsked)
        #expect(messages.isEmpty)
        let decoded = try #require(persona)
        #expect(decoded.facts[0].asked == ["How many lines run?"])
        #expect(decoded.problems[0].asked == ["Where does the line lose time?"])
        #expect(decoded.problems[0].implications.map(\.asked) == [[], ["Who pays for catching up?"]])
        #expect(decoded.problems[0].needAsked == ["What would a warning be worth?"])
    }

    @Test func theFieldsAreOptional() throws {
        let persona = try #require(decode(PersonaDecoderTests.valid).0)
        #expect(persona.facts[0].asked.isEmpty && persona.problems[0].asked.isEmpty)
        #expect(persona.problems[0].needAsked.isEmpty)
    }

    @Test func aLineInsteadOfAListIsAnErrorAtItsPosition() {
        let marked = MarkedText(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "    benefit: I could drop the Saturday shift.\n",
                with: "    benefit: I could drop the Saturday shift.\n    need-asked: ①What is it worth?\n"))
        let (persona, messages) = decode(marked.text)
        #expect(persona == nil)
        #expect(messages == ["\(marked.position(1)) problems[0].need-asked: expected a list, found text"])
    }

    @Test func anEmptyListIsAnError() {
        let (persona, messages) = decode(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "    cues: [lines, shifts]\n", with: "    cues: [lines, shifts]\n    asked: []\n"))
        #expect(persona == nil)
        #expect(messages.count == 1 && messages[0].contains("facts[0].asked"), "\(messages)")
    }
}
