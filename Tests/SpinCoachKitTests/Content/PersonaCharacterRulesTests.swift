import Testing

@testable import SpinCoachKit

@Suite struct PersonaCharacterRulesTests {
    func messages(_ text: String) -> [String] {
        PersonaDecoder(file: "p.yaml", expectedLanguage: .english).decode(text).1.map { "\($0.position) \($0.message)" }
    }

    @Test func decodesWithholdLines() throws {
        let text = PersonaDecoderTests.valid.replacingOccurrences(
            of: "closing:", with: "withhold:\n  - Those numbers stay in the building for now.\nclosing:")
        let persona = try #require(PersonaDecoder(file: "p.yaml").decode(text).persona)
        #expect(persona.withhold == ["Those numbers stay in the building for now."])
        // Optional: a persona without it tells whatever a line reaches.
        #expect(try #require(PersonaDecoder(file: "p.yaml").decode(PersonaDecoderTests.valid).persona).withhold.isEmpty)
    }

    @Test func aDeflectionThatClaimsNotToKnowIsAnErrorAtItsPosition() {
        let marked = MarkedText(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "  - Next question.", with: "  - ①Honestly, I have no idea. Ask my planner."))
        #expect(
            messages(marked.text) == [
                "\(marked.position(1)) deflections[1]: claims not to know ('no idea'); the buyer knows its own world: "
                    + "steer back, ask what the rep means, or hold it back for a stated reason (withhold:)"
            ])
    }

    @Test func aWithholdLineInChineseThatClaimsNotToKnowIsAnError() {
        let marked = MarkedText(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "closing:", with: "withhold:\n  - 数据要保密。\n  - ①这个我不太清楚。\nclosing:"))
        let found = messages(marked.text)
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("\(marked.position(1)) withhold[1]: claims not to know ('不太清楚')") == true, "\(found)"
        )
    }

    @Test(arguments: ["I don't know.", "Don’t know, sorry.", "说不上来。", "这个我还真没留意过。"])
    func claimsOfIgnoranceAreFound(line: String) {
        #expect(PersonaDecoder.claimOfIgnorance(in: line) != nil)
    }

    @Test(arguments: [
        "Not relevant. What else?", "That piano idea of yours is noise.", "I don't see how that bears on it.",
        "这些细节不是我关心的，说重点。",
    ])
    func brushOffsThatKnowAreAllowed(line: String) {
        #expect(PersonaDecoder.claimOfIgnorance(in: line) == nil)
    }

    @Test func anAdvanceWithoutTheStepPlaceholderIsAnError() {
        let marked = MarkedText(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "  advance: Fine, {step} for a month.", with: "  advance: ①Fine, a half-day workshop."))
        let found = messages(marked.text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(marked.position(1)) closing.advance: needs {step}") == true, "\(found)")
    }

    @Test func anUnknownPlaceholderIsAnError() {
        let marked = MarkedText(
            PersonaDecoderTests.valid.replacingOccurrences(
                of: "  advance: Fine, {step} for a month.", with: "  advance: ①Fine, {step} with {who}."))
        #expect(messages(marked.text) == ["\(marked.position(1)) closing.advance: the only placeholder is {step}"])
    }

    @Test func noBundledBuyerClaimsNotToKnowInItsBrushOffs() {
        for persona in Bundled.library.personas {
            for line in persona.deflections + persona.withhold {
                #expect(PersonaDecoder.claimOfIgnorance(in: line) == nil, "\(persona.id): \(line)")
            }
            #expect(persona.withhold.count >= 2, "\(persona.id) has no stated reasons to hold back")
        }
    }
}
