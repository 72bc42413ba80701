import Testing

@testable import SpinCoachKit

/// The persona index hears a line by the item's own lines and by how reps ask for it.
@Suite struct PersonaIndexTests {
    func persona(_ text: String) throws -> Persona {
        try #require(PersonaDecoder(file: "p.yaml", expectedLanguage: .english).decode(text).persona)
    }

    func best(_ line: String, in persona: Persona) -> PersonaItem? {
        let index = PersonaIndex(persona: persona, scripts: [], lexicon: nil)
        return index.rank(index.meaning(of: Tokenizer.tokenize(line)), kinds: Set(PersonaItem.Kind.allCases)).first?
            .item
    }

    @Test func aRepsOwnWordingReachesTheItemItIsWrittenFor() throws {
        let line = "Who ends up footing the bill?"
        let plain = try persona(PersonaDecoderTests.valid)
        #expect(best(line, in: plain) != .implication("downtime", 1))
        let asked = try persona(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "        say: We pay overtime to catch up.\n",
                with:
                    "        say: We pay overtime to catch up.\n        asked: [Who foots the bill when you catch up?]\n"
            ))
        #expect(best(line, in: asked) == .implication("downtime", 1))
    }

    @Test func needPayoffWordingReachesTheNeed() throws {
        let line = "How much would an early warning be worth to you?"
        let asked = try persona(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "    benefit: I could drop the Saturday shift.\n",
                with:
                    "    benefit: I could drop the Saturday shift.\n    need-asked: [What would an early warning be worth?]\n"
            ))
        #expect(best(line, in: asked) == .need("downtime"))
    }
}
