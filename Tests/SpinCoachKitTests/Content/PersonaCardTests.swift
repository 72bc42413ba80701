import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct PersonaCardTests {
    static let persona: Persona = {
        let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "spincoachTests/Fixtures/good/Personas/en/dana-okafor.yaml")
        let text = try! String(contentsOf: url, encoding: .utf8)
        return PersonaDecoder(file: url.path, expectedLanguage: .english, knownScripts: nil).decode(text).persona!
    }()

    @Test(arguments: [40, 60, 100])
    func theCardFitsTheWidthAndKeepsEverything(width: Int) {
        let card = PersonaCard(persona: Self.persona, terms: .english).render(width: width)
        let lines = card.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { TerminalText.width($0) <= width })
        #expect(lines.first == "Dana Okafor (dana-okafor)")
        let shown = card.filter { !$0.isWhitespace }
        let persona = Self.persona
        for text in [persona.opening] + persona.facts.map(\.say) + persona.problems.flatMap({ [$0.admit, $0.need] }) {
            #expect(shown.contains(text.filter { !$0.isWhitespace }), "\(text)")
        }
    }

    @Test func whatTheBuyerSaysAtEachStepHangsUnderTheProblem() throws {
        let card = PersonaCard(persona: Self.persona, terms: .english).render(width: 40)
        let lines = card.split(separator: "\n").map(String.init)
        let problems = try #require(lines.firstIndex(of: "Problems:"))
        #expect(
            Array(lines[(problems + 1)...].prefix(4)) == [
                "  - jams [jam, breakdown, broken]",
                "      admits: The big copier upstairs",
                "        jams most afternoons, and people",
                "        queue at mine.",
            ])
    }
}
