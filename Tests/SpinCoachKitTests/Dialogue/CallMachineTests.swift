import Testing

@testable import SpinCoachKit

/// The call's rules, on fixture personas; the promise that a good call reaches an advance
/// with a buyer of every style in each language is kept by the bundled personas.
@Suite struct CallMachineTests {
    /// One bundled persona per DISC style in each language.
    static let byStyle: [String] = DISCStyle.allCases.flatMap { style in
        ContentLanguage.allCases.compactMap { language in
            Bundled.library.personas.first { $0.language == language && $0.disc.primary == style }?.id
        }
    }

    /// A good SPIN call: a warm opening, then whatever the coach's /hint suggests
    /// (situation, problem, implication, need-payoff in turn), then a step-sized ask.
    static func playGoodCall(
        _ personaID: String, on machineFor: (String, UInt64, CoachMode) -> CallMachine = Bundled.machine
    ) -> (effects: [CallEffect], machine: CallMachine) {
        var machine = machineFor(personaID, 7, .live)
        var effects = machine.handle(.start)
        let zh = machine.persona.language == .chinese
        effects += machine.handle(.repSaid(zh ? "您好，感谢您抽时间见我们。" : "Hello, thanks for making time to see me today."))
        for _ in 0..<40 where !machine.isEnded {
            let hint = machine.handle(.command(.hint))
            guard let question = hint.info.first?.split(separator: "\n").first.map(String.init) else { break }
            effects += machine.handle(.repSaid(question))
        }
        return (effects, machine)
    }

    @Test(arguments: byStyle)
    func aGoodSPINCallReachesAnAdvance(personaID: String) throws {
        let (effects, machine) = Self.playGoodCall(personaID)
        let card = try #require(effects.scorecard, "call with \(personaID) did not end")
        #expect(card.outcome == .advance, "\(personaID): \(card)")
        #expect(card.explicitNeeds.found >= 1)
        #expect(card.count(.implication) >= 1)
        #expect(card.prematurePitches == 0)
        #expect(machine.isEnded)
        // Three coaching points, each quoting a line the rep actually said.
        let said = Set(
            effects.compactMap { if case .logTurn(let turn) = $0, turn.speaker == .rep { turn.text } else { nil } })
        #expect(card.coachingPoints.count == 3)
        #expect(card.coachingPoints.allSatisfy { $0.quote.map(said.contains) == true })
    }

    @Test(arguments: ["fixture-zh-d", "fixture-en-d"])
    func aHintsSecondLineUsesTheLanguagesParentheses(personaID: String) throws {
        var machine = Fixture.machine(personaID)
        _ = machine.handle(.start)
        // Not every script question carries a note; ask until one does.
        let hints = (0..<10).compactMap { _ in machine.handle(.command(.hint)).info.first }
        let note = try #require(
            hints.lazy.compactMap { $0.split(separator: "\n").dropFirst().first.map(String.init) }.first, "\(hints)")
        let (open, close) = machine.persona.language == .chinese ? ("（", "）") : ("(", ")")
        #expect(note.hasPrefix("  " + open) && note.hasSuffix(close), "\(note)")
    }

    @Test func theStylesAndLanguagesAreAllCovered() {
        #expect(Self.byStyle.count == 8)
    }

    @Test(arguments: ["fixture-en-d", "fixture-zh-d"])
    func aFeatureDumpEndsInObjectionsAndNoAdvance(personaID: String) throws {
        var machine = Fixture.machine(personaID)
        var effects = machine.handle(.start)
        let zh = machine.persona.language == .chinese
        let pitches =
            zh
            ? [
                "我们的设备采用进口轴承，精度很高。", "这套系统支持远程监控，自带报警模块。", "我们的方案能让您的维修工不用再跑现场。",
                "设备配备双电机，功率很大。", "我们提供七乘二十四小时的技术支持。", "那您看下周能不能把合同签了？", "这个月签合同的话价格还能再优惠。",
            ]
            : [
                "Our sensors sample vibration at 25 kHz.", "The platform comes with forty built-in reports.",
                "That means your engineers never have to walk the line again.",
                "It includes a mobile app and a five-year warranty.", "Our support desk is staffed 24 hours a day.",
                "Can we sign the order this week?", "If you sign today I can hold the price.",
            ]
        for pitch in pitches where !machine.isEnded {
            effects += machine.handle(.repSaid(pitch))
        }
        if !machine.isEnded { effects += machine.handle(.command(.end)) }
        let card = try #require(effects.scorecard)
        #expect(card.outcome != .advance)
        #expect(card.prematurePitches >= 2)
        let objections = Set(machine.persona.objections.map(\.say))
        #expect(effects.buyerLines.filter(objections.contains).count >= 2)
        #expect(effects.tips.contains { $0.kind == .prematurePitch })
    }

    @Test func aPrematureNeedPayoffIsFlagged() throws {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        let effects = machine.handle(
            .repSaid("If you could cut unplanned downtime in half, how useful would that be to you?"))
        #expect(effects.tips.first?.kind == .prematureNeedPayoff)
        #expect(effects.tips.first?.suggestion != nil)
        let end = machine.handle(.command(.end))
        #expect(end.scorecard?.prematureNeedPayoffs == 1)
    }

    /// An implication question that developed nothing: the tip names the admitted problem
    /// instead of blaming the rep for skipping implications.
    @Test func aNeedPayoffAfterAnImplicationQuestionNamesTheProblemToDevelop() throws {
        var machine = Fixture.machine("fixture-en-d")
        var said = machine.handle(.start).buyerLines
        // Nothing is on the table yet, so this develops nothing.
        said += machine.handle(.repSaid("What does that end up costing you?")).buyerLines
        let admissions = Set(machine.persona.problems.map(\.admit))
        for _ in 0..<2 where !said.contains(where: admissions.contains) {
            said += machine.handle(.repSaid("How often does an oven break down without warning?")).buyerLines
        }
        let effects = machine.handle(.repSaid("How useful would it be to see those failures coming?"))
        let tip = try #require(effects.tips.first)
        #expect(tip.kind == .prematureNeedPayoff)
        #expect(!tip.text.contains("before any implication"), "\(tip.text)")
        // It quotes what the buyer admitted in this call.
        let admitted = machine.persona.problems.map(\.admit).filter(said.contains)
        #expect(admitted.contains { tip.text.contains(CoachPhrases.firstSentence($0)) }, "\(tip.text)")
    }

    /// A payoff heard as being about a problem not yet out, after another was admitted: the tip
    /// says so and quotes the one the buyer told, never "the buyer hasn't admitted a problem".
    @Test func aNeedPayoffOnAProblemNotYetOutNamesTheOneTheBuyerTold() throws {
        var machine = Fixture.machine("fixture-en-d")
        var said = machine.handle(.start).buyerLines
        said += machine.handle(.repSaid("Any unplanned breakdowns on the ovens lately?")).buyerLines
        said += machine.handle(.repSaid("When an oven stops, what does that do to the vans and deliveries?")).buyerLines
        let effects = machine.handle(
            .repSaid("If waste went back to one percent, how would that help?"))
        let tip = try #require(effects.tips.first)
        #expect(tip.kind == .prematureNeedPayoff, "\(said + effects.buyerLines)")
        #expect(tip.text.contains("hasn't admitted"), "\(tip.text)")
        let admission = try #require(machine.persona.problems.first { $0.id == "breakdowns" }?.admit)
        #expect(said.contains(admission), "\(said)")
        #expect(tip.text.contains(CoachPhrases.firstSentence(admission)), "\(tip.text)")
    }

    @Test func theSameSeedReplaysTheSameCall() {
        let first = Self.playGoodCall("fixture-en-i", on: Fixture.machine).effects
        let second = Self.playGoodCall("fixture-en-i", on: Fixture.machine).effects
        #expect(first == second)
    }

    @Test func deflectionsNeverRepeatBackToBack() {
        var machine = Fixture.machine("fixture-en-c")
        var lines = machine.handle(.start).buyerLines
        for _ in 0..<6 where !machine.isEnded {
            lines += machine.handle(.repSaid("What colour are the walls in the canteen?")).buyerLines
        }
        for (previous, next) in zip(lines, lines.dropFirst()) {
            #expect(previous != next)
        }
    }

    @Test func undoTakesBackTheLastLineAndItsAnswer() throws {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        let said = machine.handle(.repSaid("How many ovens do you run, and on how many shifts?"))
        let undo = machine.handle(.command(.undo))
        let retracted = try #require(
            undo.compactMap { if case .logTurn(let turn) = $0 { turn.retracts } else { nil } }.first)
        let loggedIndices = said.compactMap { if case .logTurn(let turn) = $0 { turn.index } else { nil } }
        #expect(retracted == loggedIndices)
        let tally = machine.handle(.command(.score)).info.first ?? ""
        #expect(tally.contains("situation 0"))
        #expect(machine.handle(.command(.undo)).info.first == "Nothing to take back yet.")
    }

    @Test func aDBuyerWalksOutOfAStringOfBackgroundQuestions() throws {
        var machine = Fixture.machine("fixture-en-d")
        var effects = machine.handle(.start)
        for _ in 0..<20 where !machine.isEnded {
            effects += machine.handle(.repSaid("How many people work here, and what do they do all day?"))
        }
        #expect(effects.scorecard?.outcome == .walkOut)
        #expect(effects.buyerLines.last == machine.persona.closing.walkOut)
    }

    @Test func aReservedChineseBuyerAdmitsOnASecondProbe() throws {
        let persona = Fixture.persona("fixture-zh-d")
        let problem = persona.problems[0]
        var machine = Fixture.machine("fixture-zh-d")
        _ = machine.handle(.start)
        let question = "您这边\(problem.cues[0])方面有没有什么难处？"
        let first = machine.handle(.repSaid(question)).buyerLines
        #expect(first == [problem.deny!])
        let second = machine.handle(.repSaid("说实话，\(problem.cues[0])这块是不是也让您有点头疼？")).buyerLines
        #expect(second == [problem.admit])
    }

    @Test func commandsAnswerWithoutMovingTheCall() {
        var machine = Fixture.machine("fixture-en-i")
        _ = machine.handle(.start)
        #expect(machine.handle(.command(.stage)).info.first?.hasPrefix("Stage: opening") == true)
        #expect(machine.handle(.command(.advice)).info.first?.hasPrefix("I (Influence)") == true)
        #expect(machine.handle(.command(.hint)).info.isEmpty == false)
        let note = machine.handle(.command(.note("ask about the CFO")))
        #expect(note.contains { if case .logTurn(let turn) = $0 { turn.speaker == .note } else { false } })
    }
}

extension CallMachineTests {
    @Test func aPersonaThatRepeatsOneLineStillAnswers() throws {
        var persona = Fixture.persona("fixture-en-d")
        persona.deflections = ["Next question.", "Next question."]
        var machine = CallMachine(
            persona: persona, script: Fixture.script(for: persona), classifier: Fixture.classifier, coachMode: .live,
            seed: 3)
        _ = machine.handle(.start)
        let first = machine.handle(.repSaid("What colour is the sky?")).buyerLines
        let second = machine.handle(.repSaid("What colour is the sea?")).buyerLines
        #expect(first == ["Next question."])
        // With nothing fresh to say it still answers, in other words rather than the same reply twice.
        #expect(second.count == 1 && second != first && second[0].contains("Next question."), "\(second)")
    }

    @Test func twoUndosTakeBackTwoLinesAndKeepNotes() throws {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        let first = machine.handle(.repSaid("How many ovens do you run?"))
        let second = machine.handle(.repSaid("How often do you get unplanned breakdowns?"))
        _ = machine.handle(.command(.note("keep this")))
        func logged(_ effects: [CallEffect]) -> [Int] {
            effects.compactMap { if case .logTurn(let turn) = $0 { turn.index } else { nil } }
        }
        func retracted(_ effects: [CallEffect]) -> [Int] {
            effects.compactMap { if case .logTurn(let turn) = $0 { turn.retracts } else { nil } }.first ?? []
        }
        #expect(retracted(machine.handle(.command(.undo))) == logged(second))
        #expect(retracted(machine.handle(.command(.undo))) == logged(first))
        let after = machine.handle(.repSaid("How many ovens do you run?"))
        // Numbers keep rising: past the note and one retraction note per undo.
        #expect(logged(after).first == (logged(second).last ?? 0) + 4)
    }

    @Test func endingBeforeSayingAnythingIsAbandoned() {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        let card = machine.handle(.command(.end)).scorecard
        #expect(card?.outcome == .abandoned)
        #expect(card?.score == 0)
    }

    /// Quitting after a conversation is scored as a call ended early: the scorecard with
    /// its points, and nothing for the outcome; quitting before a word is abandoning it.
    @Test func quittingAfterAConversationEndsItEarly() throws {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        #expect(machine.handle(.command(.quit)).scorecard?.outcome == .abandoned)
        var talked = Fixture.machine("fixture-en-d")
        _ = talked.handle(.start)
        _ = talked.handle(.repSaid("Which oven has the most unplanned stops, and how many last month?"))
        let card = try #require(talked.handle(.command(.quit)).scorecard)
        #expect(card.outcome == .endedEarly)
        #expect(card.score > 0)
        #expect(!card.coachingPoints.isEmpty)
        #expect(talked.phase == .ended(.endedEarly))
    }

    @Test func anOverlongLineIsTakenOnItsStart() {
        var machine = Fixture.machine("fixture-en-d")
        _ = machine.handle(.start)
        let line = String(repeating: "how ", count: 8_000)
        let effects = machine.handle(.repSaid(line))
        let rep = effects.compactMap { if case .logTurn(let turn) = $0, turn.speaker == .rep { turn } else { nil } }
        #expect(rep.first?.text.count == UtteranceClassifier.maximumLength)
    }
}
