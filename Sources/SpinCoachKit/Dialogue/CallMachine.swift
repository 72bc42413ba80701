/// A practice call as a pure state machine: events in, effects out, no I/O.
///
/// The shell around it reads the rep's lines, feeds them in as events and
/// performs the effects (printing, logging). Given the same seed and events,
/// the same effects come out, so a test can replay a whole call.
public struct CallMachine: Sendable {
    /// All of the call's data lives in the state it is in, so no field can outlive its state.
    private enum State: Sendable {
        case notStarted
        /// `undo` holds the rep lines /undo can take back, newest last.
        case active(CallProgress, undo: [UndoPoint])
        case ended(Scorecard)
    }

    /// A rep line /undo can take back: the call as it was before, and the turns the line produced.
    private struct UndoPoint: Sendable {
        var before: CallProgress
        var turns: Range<Int>
    }

    /// Where the call is, for the shell and for tests.
    public enum Phase: Equatable, Sendable {
        case notStarted
        case active(CallStage)
        case ended(CallOutcome)
    }

    public let persona: Persona
    public let script: Script
    public let coachMode: CoachMode
    let classifier: UtteranceClassifier
    let phrases: CoachPhrases
    let suggester: QuestionSuggester
    private let seed: UInt64
    /// The buyer as the call finds it; built once, since understanding a persona takes an index.
    let freshBuyer: SimulatedBuyer
    private var state: State = .notStarted

    public init(
        persona: Persona, script: Script, classifier: UtteranceClassifier, coachMode: CoachMode, seed: UInt64,
        lexicon: ConceptLexicon? = nil, steps: ConceptLexicon? = nil, terms: Terms? = nil
    ) {
        self.persona = persona
        self.script = script
        self.coachMode = coachMode
        self.classifier = classifier
        self.seed = seed
        // Without the content's terms (a replay that shows nothing) labels stay in English.
        phrases = CoachPhrases(terms: terms ?? Terms(language: persona.language, glossary: Glossary()))
        suggester = QuestionSuggester(script: script, persona: persona)
        freshBuyer = SimulatedBuyer(persona: persona, scripts: [script], lexicon: lexicon, steps: steps)
    }

    /// The labels the call's coaching shows, for the shell's own lines.
    public var terms: Terms { phrases.terms }

    /// The buyer's index of its persona, for tools that explain a call.
    var personaIndex: PersonaIndex { freshBuyer.index.index }

    public var phase: Phase {
        switch state {
        case .notStarted: .notStarted
        case .active(let progress, _): .active(progress.stage)
        case .ended(let scorecard): .ended(scorecard.outcome)
        }
    }

    public var isEnded: Bool {
        if case .ended = state { return true }
        return false
    }

    /// Feeds one event in. `start` comes first and only once; anything else before it is a bug
    /// in the shell. After the end, lines and commands only get a reminder that the call is over.
    public mutating func handle(_ event: CallEvent) -> [CallEffect] {
        switch (state, event) {
        case (.notStarted, .start):
            var progress = CallProgress(buyer: freshBuyer, random: SeededGenerator(seed: seed))
            var effects: [CallEffect] = []
            say(persona.opening, in: &progress, effects: &effects)
            state = .active(progress, undo: [])
            return effects
        case (.notStarted, .repSaid), (.notStarted, .command):
            preconditionFailure("the call must start before anything else happens")
        case (.active, .start), (.ended, .start):
            preconditionFailure("the call has already started")
        case (.active(var progress, var undo), .repSaid(let text)):
            let before = progress
            let effects = repSaid(SpokenLine(text), progress: &progress)
            undo.append(UndoPoint(before: before, turns: before.nextTurnIndex..<progress.nextTurnIndex))
            state = Self.state(after: effects, progress: progress, undo: undo)
            return effects
        case (.active(var progress, var undo), .command(let command)):
            let effects = handle(command, progress: &progress, undo: &undo)
            state = Self.state(after: effects, progress: progress, undo: undo)
            return effects
        case (.ended(let scorecard), .repSaid), (.ended(let scorecard), .command):
            state = .ended(scorecard)
            return [.showInfo(phrases.callHasEnded)]
        }
    }

    /// A step that closed the log ended the call; any other leaves it active.
    private static func state(after effects: [CallEffect], progress: CallProgress, undo: [UndoPoint]) -> State {
        for case .closeLog(let scorecard) in effects { return .ended(scorecard) }
        return .active(progress, undo: undo)
    }

    // MARK: Commands

    private func handle(_ command: CallCommand, progress: inout CallProgress, undo: inout [UndoPoint])
        -> [CallEffect]
    {
        switch command {
        case .hint:
            guard
                let question = suggester.suggest(
                    buyer: progress.buyer, avoiding: progress.suggested, asked: progress.asked)
            else {
                return []
            }
            progress.suggested.insert(question.id)
            let hint = question.hint.map { persona.language.text("\n  (\($0))", "\n  （\($0)）") } ?? ""
            return [.showInfo(question.text + hint)]
        case .stage:
            return [.showInfo(CallReports(phrases: phrases).stage(progress))]
        case .why:
            guard let understanding = progress.lastUnderstanding else { return [.showInfo(phrases.nothingToExplain)] }
            let line = progress.moments.last { $0.understanding != nil }?.text
            return [.showInfo(understanding.explanation(terms: phrases.terms, persona: persona, line: line))]
        case .advice:
            return [.showInfo(CallReports(phrases: phrases).advice(for: persona))]
        case .score:
            return [.showInfo(CallReports(phrases: phrases).tally(progress))]
        case .note(let text):
            let turn = CallTurn(
                index: progress.takeTurnIndex(), speaker: .note, text: text, classification: nil, stage: progress.stage)
            return [.logTurn(turn), .showInfo(phrases.noteSaved)]
        case .undo:
            guard let point = undo.popLast() else { return [.showInfo(phrases.nothingToUndo)] }
            let line = progress.moments.last?.text ?? ""
            let stageEffect: [CallEffect] = point.before.stage == progress.stage ? [] : [.showStage(point.before.stage)]
            // Only that line's own turns go; notes typed since stay. Turn numbers keep
            // counting up, so a retracted number is never reused in the log.
            let (next, stage) = (progress.nextTurnIndex, progress.stage)
            progress = point.before
            progress.nextTurnIndex = next
            let retracted = Array(point.turns)
            let note = CallTurn(
                index: progress.takeTurnIndex(), speaker: .note, text: SessionTurn.undoText(retracted),
                classification: nil, stage: stage, retracts: retracted)
            return [.logTurn(note), .showInfo(phrases.tookBack(line))] + stageEffect
        case .end:
            return finish(.continuation, progress: progress, askedForCommitment: false)
        case .quit:
            // Leaving a conversation is ending it early; leaving before a word is abandoning it.
            return finish(
                progress.moments.isEmpty ? .abandoned : .endedEarly, progress: progress, askedForCommitment: false)
        }
    }

    // MARK: Rep lines

    /// An overlong line is taken on its start (`SpokenLine`), so a pasted essay cannot stall the call.
    private func repSaid(_ spoken: SpokenLine, progress: inout CallProgress) -> [CallEffect] {
        let text = spoken.text
        let classification = classifier.classify(
            spoken, language: persona.language, statedNeeds: progress.buyer.statedNeedTexts)
        let label = classification.label
        var effects: [CallEffect] = [
            .logTurn(
                CallTurn(
                    index: progress.takeTurnIndex(), speaker: .rep, text: text, classification: classification,
                    stage: progress.stage))
        ]
        let tokens = spoken.tokens
        progress.repWords += CallProgress.wordCount(tokens)
        if let source = classification.scriptQuestion, source.script == script.id {
            progress.asked.insert(source.question)
        }
        var moment = CallProgress.RepMoment(text: text, label: label)

        if label.isSPIN {
            progress.situationStreak = label == .situation ? progress.situationStreak + 1 : 0
            if progress.situationStreak >= 4 { moment.flags.append(.situationStreak) }
        } else if label != .question {
            progress.situationStreak = 0
        }

        let reply = BuyerTurn(persona: persona, phrases: phrases).respond(
            to: label, tokens: tokens, aboutPrice: classification.isAboutPrice, isWarm: classification.isWarm,
            progress: &progress, moment: &moment)
        if let stage = reply.stage, stage != progress.stage {
            progress.stage = stage
            effects.append(.showStage(stage))
        }
        say(reply.line, in: &progress, effects: &effects, understanding: reply.understanding)
        if reply.understanding != nil || label.isSPIN { progress.lastUnderstanding = reply.understanding }
        moment.understanding = reply.understanding
        moment.answer = reply.line
        progress.moments.append(moment)

        if let outcome = reply.outcome {
            return effects + finish(outcome, progress: progress, askedForCommitment: true)
        }
        if progress.buyer.isOutOfPatience {
            say(persona.closing.walkOut, in: &progress, effects: &effects, understanding: Understanding(.walkedOut))
            return effects + finish(.walkOut, progress: progress, askedForCommitment: false)
        }
        if coachMode == .live, let tip = tip(for: moment, progress: &progress) {
            effects.append(.showTip(tip))
            effects.append(
                .logTurn(
                    CallTurn(
                        index: progress.takeTurnIndex(), speaker: .coach,
                        text: tip.text + (tip.suggestion.map { " " + phrases.tryAsking($0) } ?? ""),
                        classification: nil, stage: progress.stage)))
        }
        return effects
    }

    private func say(
        _ line: String, in progress: inout CallProgress, effects: inout [CallEffect],
        understanding: Understanding? = nil
    ) {
        progress.buyerWords += CallProgress.wordCount(Tokenizer.tokenize(line))
        effects.append(.showBuyerLine(line))
        effects.append(
            .logTurn(
                CallTurn(
                    index: progress.takeTurnIndex(), speaker: .buyer, text: line, classification: nil,
                    stage: progress.stage, understanding: understanding)))
    }

    /// At most one tip per rep line, and only for what matters most.
    private func tip(for moment: CallProgress.RepMoment, progress: inout CallProgress) -> CoachTip? {
        let kind: CoachTip.Kind
        let text: String
        if moment.flags.contains(.prematureNeedPayoff) {
            (kind, text) = (.prematureNeedPayoff, needPayoffTip(progress))
        } else if moment.flags.contains(.prematurePitch) {
            (kind, text) = (.prematurePitch, phrases.prematurePitch)
        } else if moment.flags.contains(.situationStreak) && progress.situationStreak == 4 {
            (kind, text) = (.situationStreak, phrases.situationStreak)
        } else if let reason = moment.flags.compactMap({ flag -> OffStyleReason? in
            if case .offStyle(let reason) = flag { return reason }
            return nil
        }).first {
            (kind, text) = (.offStyle, reason.tip(in: phrases.terms))
        } else if moment.flags.contains(.gotExplicitNeed), let need = progress.buyer.statedNeedTexts.last {
            (kind, text) = (.needStated, phrases.needStated(need))
        } else {
            return nil
        }
        let suggestion = suggester.suggest(buyer: progress.buyer, avoiding: progress.suggested, asked: progress.asked)
        if let suggestion { progress.suggested.insert(suggestion.id) }
        return CoachTip(kind: kind, text: text, suggestion: suggestion)
    }

    /// The tip follows what the rep did: "before any implication" only when none was asked;
    /// otherwise it names the admitted problem still to develop, or, when the payoff was heard
    /// as being about a problem not yet admitted, the one the buyer did tell.
    private func needPayoffTip(_ progress: CallProgress) -> String {
        guard progress.moments.contains(where: { $0.label == .implication }) else { return phrases.prematureNeedPayoff }
        let buyer = progress.buyer
        let admitted = persona.problems.filter { buyer.state(of: $0.id) == .admitted }
        let heard = progress.moments.last?.understanding?.item?.problemID
        if let heard, buyer.state(of: heard) != .admitted,
            let told = admitted.first(where: { buyer.developedCount($0.id) > 0 }) ?? admitted.first
        {
            return phrases.needPayoffOnUnadmitted(told: told.admit)
        }
        let undeveloped =
            admitted.first { $0.id == heard && buyer.developedCount($0.id) == 0 }
            ?? admitted.first { $0.id == buyer.focusProblem && buyer.developedCount($0.id) == 0 }
            ?? admitted.first { buyer.developedCount($0.id) == 0 }
        return undeveloped.map { phrases.undevelopedNeedPayoff(admitted: $0.admit) } ?? phrases.needPayoffWithoutProblem
    }

    // MARK: Ending

    /// The scorecard, shown and written to the log; `settle` then ends the call.
    private func finish(_ outcome: CallOutcome, progress: CallProgress, askedForCommitment: Bool) -> [CallEffect] {
        var final = outcome
        if outcome == .continuation && !askedForCommitment {
            // Leaving before saying anything is not a continuation of anything.
            if progress.moments.isEmpty {
                final = .abandoned
            } else if progress.buyer.trust < 3 {
                final = .noSale
            }
        }
        let scorecard = CallReports(phrases: phrases).scorecard(
            progress, outcome: final, persona: persona, suggester: coachMode == .off ? nil : suggester)
        return [.showScorecard(scorecard), .closeLog(scorecard)]
    }
}
