import Testing

@testable import SpinCoachKit

/// A practice call set up from the narrowed library plays exactly as one set up from the whole.
@Suite struct CallMachinePracticeTests {
    /// How `spincoach practice` set a call up before it read only the buyer's language.
    static func fromWholeLibrary(_ id: String, seed: UInt64, coach: CoachMode) -> CallMachine {
        let whole = Bundled.library
        let persona = whole.persona(id: id)!
        return CallMachine(
            persona: persona, script: whole.defaultScript(for: persona)!,
            classifier: UtteranceClassifier(library: whole, languages: [persona.language]), coachMode: coach,
            seed: seed, lexicon: whole.lexicons[persona.language], steps: whole.steps[persona.language],
            terms: whole.terms(for: persona.language))
    }

    static func practising(_ id: String, seed: UInt64, coach: CoachMode) -> CallMachine {
        let library = ContentLibrary.forPractice(roots: Bundled.library.roots, persona: id, script: nil, language: nil)
        let persona = library.persona(id: id)!
        let script = library.defaultScript(for: persona)!
        return CallMachine(practising: persona, script: script, in: library, coachMode: coach, seed: seed)
    }

    static let personas = ContentLanguage.allCases.compactMap { language in
        Bundled.library.personas.first { $0.language == language }?.id
    }

    @Test(arguments: personas)
    func aGoodCallPlaysTheSame(id: String) {
        let before = CallMachineTests.playGoodCall(id, on: Self.fromWholeLibrary)
        let after = CallMachineTests.playGoodCall(id, on: Self.practising)
        #expect(after.effects == before.effects)
        #expect(after.machine.terms.glossary == before.machine.terms.glossary)
    }

    /// Lines of every kind, from the gold set, with the commands between them.
    @Test(arguments: personas)
    func goldLinesAndCommandsGetTheSameAnswers(id: String) throws {
        var before = Self.fromWholeLibrary(id, seed: 5, coach: .live)
        var after = Self.practising(id, seed: 5, coach: .live)
        #expect(after.handle(.start) == before.handle(.start))
        let gold = try #require(Bundled.library.developmentGold[before.persona.language])
        let events =
            gold.items.prefix(30).map { CallEvent.repSaid($0.text) } + [
                .command(.why), .command(.stage), .command(.advice), .command(.score), .command(.hint), .command(.end),
            ]
        for event in events {
            #expect(after.handle(event) == before.handle(event), "\(event)")
        }
    }
}
