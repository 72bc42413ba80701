import Testing

@testable import SpinCoachKit

/// How the buyer picks what to tell, on a persona written here and the fixture script,
/// so content edits break no rule here.
@Suite struct BuyerAnswersTests {
    static let persona: Persona = {
        let text = PersonaDecoderTests.valid.replacingOccurrences(
            of: "say: Three lines, two shifts.",
            with: "say: Three lines, two shifts, an outside contractor for the boiler.")
        return PersonaDecoder(file: "p.yaml", expectedLanguage: .english).decode(text).0!
    }()

    static func play(_ lines: [String]) -> [Understanding?] {
        var machine = Fixture.machine(persona: persona, seed: 3, coach: .off)
        _ = machine.handle(.start)
        return lines.map { line in
            machine.handle(.repSaid(line)).lazy.compactMap { effect -> Understanding? in
                if case .logTurn(let turn) = effect, turn.speaker == .buyer { turn.understanding } else { nil }
            }.first
        }
    }

    @Test func aConsequenceAskedAboutAgainLaterComesBackRatherThanAnother() {
        let heard = Self.play([
            "Does line two stop often?",
            "When it stops, what happens to the shipment and the orders?",
            "How many lines do you run?",
            "Those late orders and the shipment, how do customers take them?",
        ])
        #expect(heard[1]?.item == .implication("downtime", 0), "\(heard)")
        #expect(heard[3]?.outcome == .repeats && heard[3]?.item == .implication("downtime", 0), "\(heard)")
    }

    /// Digging into the consequence just told gets what else it leads to, not "As I said: …".
    @Test func digDeeperIntoTheConsequenceJustToldAndTheBuyerGoesOn() {
        let heard = Self.play([
            "Does line two stop often?",
            "When it stops, what happens to the shipment and the orders?",
            "Those late orders and the shipment, how do customers take them?",
        ])
        #expect(heard[2]?.outcome == .reveals && heard[2]?.item == .implication("downtime", 1), "\(heard)")
    }

    /// Asked the problem question again later, the buyer says again what it told; right after the
    /// admission, it says what the problem leads to instead.
    @Test func aProblemQuestionAboutAnAdmittedProblemGetsTheAdmissionAgain() {
        let later = Self.play([
            "Does line two stop often?", "When it stops, what happens to the shipment and the orders?",
            "Is line two the one with the most stops?",
        ])
        #expect(later[2]?.outcome == .repeats, "\(later)")
        let next = Self.play(["Does line two stop often?", "Does line two stop often?"])
        #expect(next[1]?.outcome == .reveals, "\(next)")
        if case .implication("downtime", _)? = next[1]?.item {} else { Issue.record("\(next)") }
    }

    @Test func notReadyToStateTheNeedTheBuyerTellsTheConsequenceTheLineAlsoAsksAbout() {
        let heard = Self.play([
            "Does line two stop often?",
            "If you could see a stop coming, would it save the late orders and the shipment?",
        ])
        #expect(heard[0]?.item == .problem("downtime"))
        #expect(heard[1]?.outcome == .reveals && heard[1]?.item == .implication("downtime", 0), "\(heard)")
    }

    /// A follow-up about consequences points back at the problem under discussion, whatever its own words.
    @Test func aConsequenceFollowUpInWordsThePersonaNeverUsesFollowsTheThread() {
        let heard = Self.play([
            "Does line two stop often?", "And if it goes on like that, what's at stake for you personally?",
        ])
        #expect(heard[1]?.item?.problemID == "downtime", "\(heard)")
        #expect(heard[1]?.byFocus == true, "\(heard)")
    }

    @Test func aBackgroundFollowUpThatPointsBackAsksAboutTheProblemInFocus() {
        let heard = Self.play(["Does line two stop often?", "How often would that happen in a normal week?"])
        #expect(heard[1]?.item?.problemID == "downtime", "\(heard)")
    }

    /// An open problem question asks about the buyer's troubles, whatever words it puts them in.
    @Test func anOpenProblemQuestionInWordsThePersonaNeverUsesGetsItsProblem() {
        let heard = Self.play(["What gives you the most grief in that chain right now?"])
        #expect(heard[0]?.item == .problem("downtime"), "\(heard)")
    }

    @Test func aLineMostlyAboutAnotherWorldIsOffTopicThoughItSharesAWord() {
        let heard = Self.play(["How many tourists visit Lisbon outside the summer season?"])
        #expect(heard[0]?.outcome == .offTopic, "\(heard)")
    }
}
