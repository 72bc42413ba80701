/// A practice call as a pure state machine: events in, effects out, no I/O.
///
/// The shell around it reads the rep's lines, feeds them in as events and
/// performs the effects (printing, logging). Given the same seed and events,
/// the same effects come out, so a test can replay a whole call.
public struct CallMachine: Sendable {
    private enum State: Sendable {
        case active(CallProgress)
        case ended
    }

    public let persona: Persona
    public let script: Script
    public let coachMode: CoachMode
    let classifier: UtteranceClassifier
    let phrases: CoachPhrases
    private let suggester: QuestionSuggester
    private var state: State
    /// A rep line /undo can take back: the call as it was before, and the turns the line produced.
    private struct UndoPoint: Sendable {
        var before: CallProgress
        var turns: Range<Int>
    }

    /// Newest last.
    private var undoStack: [UndoPoint] = []

    public init(
        persona: Persona, script: Script, classifier: UtteranceClassifier, coachMode: CoachMode, seed: UInt64,
        lexicon: ConceptLexicon? = nil
    ) {
        self.persona = persona
        self.script = script
        self.coachMode = coachMode
        self.classifier = classifier
        phrases = CoachPhrases(language: persona.language)
        suggester = QuestionSuggester(script: script, persona: persona)
        state = .active(
            CallProgress(
                buyer: SimulatedBuyer(persona: persona, scripts: [script], lexicon: lexicon),
                random: SeededGenerator(seed: seed)))
    }

    /// The buyer's opening line, logged as the call's first turn.
    public mutating func start() -> [CallEffect] {
        guard case .active(var progress) = state else { return [] }
        var effects: [CallEffect] = []
        say(persona.opening, in: &progress, effects: &effects)
        state = .active(progress)
        return effects
    }

    public var isEnded: Bool {
        if case .ended = state { return true }
        return false
    }

    public mutating func handle(_ event: CallEvent) -> [CallEffect] {
        switch state {
        case .ended:
            return [.coachInfo(phrases.callHasEnded)]
        case .active(var progress):
            let effects: [CallEffect]
            switch event {
            case .repSaid(let text):
                let before = progress
                effects = repSaid(text, progress: &progress)
                undoStack.append(UndoPoint(before: before, turns: before.nextTurnIndex..<progress.nextTurnIndex))
            case .command(let command):
                effects = handle(command, progress: &progress)
            }
            if case .active = state { state = .active(progress) }
            return effects
        }
    }

    // MARK: Commands

    private mutating func handle(_ command: CallCommand, progress: inout CallProgress) -> [CallEffect] {
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
            return [.coachInfo(question.text + hint)]
        case .stage:
            return [.coachInfo(CallReports(phrases: phrases).stage(progress))]
        case .why:
            guard let understanding = progress.lastUnderstanding else { return [.coachInfo(phrases.nothingToExplain)] }
            return [.coachInfo(understanding.explanation(language: persona.language))]
        case .advice:
            return [.coachInfo(CallReports(phrases: phrases).advice(for: persona))]
        case .score:
            return [.coachInfo(CallReports(phrases: phrases).tally(progress))]
        case .note(let text):
            let turn = CallTurn(
                index: progress.takeTurnIndex(), speaker: .note, text: text, classification: nil, stage: progress.stage)
            return [.logTurn(turn), .coachInfo(phrases.noteSaved)]
        case .undo:
            guard let point = undoStack.popLast() else { return [.coachInfo(phrases.nothingToUndo)] }
            let line = progress.moments.last?.text ?? ""
            let stageEffect: [CallEffect] =
                point.before.stage == progress.stage ? [] : [.stageChanged(point.before.stage)]
            // Only that line's own turns go; notes typed since stay. Turn numbers keep
            // counting up, so a retracted number is never reused in the log.
            let next = progress.nextTurnIndex
            progress = point.before
            progress.nextTurnIndex = next
            // The log writes its retraction note under the next number; the call continues after it.
            _ = progress.takeTurnIndex()
            return [.retracted(turnIndices: Array(point.turns)), .coachInfo(phrases.tookBack(line))] + stageEffect
        case .end:
            return finish(.continuation, progress: &progress, askedForCommitment: false)
        case .quit:
            return finish(.abandoned, progress: &progress, askedForCommitment: false)
        }
    }

    // MARK: Rep lines

    private mutating func repSaid(_ fullText: String, progress: inout CallProgress) -> [CallEffect] {
        // As in `classify`, an overlong line is taken on its start, so a pasted essay cannot stall the call.
        let text = UtteranceClassifier.clipped(fullText)
        let classification = classifier.classify(
            text, language: persona.language, statedNeeds: progress.buyer.statedNeedTexts)
        let label = classification.label
        var effects: [CallEffect] = [
            .logTurn(
                CallTurn(
                    index: progress.takeTurnIndex(), speaker: .rep, text: text, classification: classification,
                    stage: progress.stage))
        ]
        let tokens = Tokenizer.tokenize(text)
        progress.repWords += CallProgress.wordCount(tokens)
        if let source = classification.scriptQuestion, source.hasPrefix(script.id + ":") {
            progress.asked.insert(String(source.dropFirst(script.id.count + 1)))
        }
        var moment = CallProgress.RepMoment(text: text, label: label)

        if label.isSPIN {
            progress.questionCounts[label.rawValue, default: 0] += 1
            progress.situationStreak = label == .situation ? progress.situationStreak + 1 : 0
            if progress.situationStreak >= 4 { moment.flags.append(.situationStreak) }
        } else if label != .question {
            progress.situationStreak = 0
        }

        let reply = BuyerTurn(persona: persona, phrases: phrases).respond(
            to: label, tokens: tokens, progress: &progress, moment: &moment)
        if let stage = reply.stage, stage != progress.stage {
            progress.stage = stage
            effects.append(.stageChanged(stage))
        }
        say(reply.line, in: &progress, effects: &effects, understanding: reply.understanding)
        if reply.understanding != nil || label.isSPIN { progress.lastUnderstanding = reply.understanding }
        if let need = reply.needStated {
            effects.append(.needStated(problemID: need.id, need: need.need))
        }
        progress.moments.append(moment)

        if let outcome = reply.outcome {
            return effects + finish(outcome, progress: &progress, askedForCommitment: true)
        }
        if progress.buyer.isOutOfPatience {
            say(persona.closing.walkOut, in: &progress, effects: &effects)
            return effects + finish(.walkOut, progress: &progress, askedForCommitment: false)
        }
        if coachMode == .live, let tip = tip(for: moment, progress: &progress) {
            effects.append(.coachTip(tip))
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
        effects.append(.buyerSays(line))
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
            (kind, text) = (.prematureNeedPayoff, phrases.prematureNeedPayoff)
        } else if moment.flags.contains(.prematurePitch) {
            (kind, text) = (.prematurePitch, phrases.prematurePitch)
        } else if moment.flags.contains(.situationStreak) && progress.situationStreak == 4 {
            (kind, text) = (.situationStreak, phrases.situationStreak)
        } else if let reason = moment.flags.compactMap({ flag -> CoachPhrases.OffStyleReason? in
            if case .offStyle(let reason) = flag { return reason }
            return nil
        }).first {
            (kind, text) = (.offStyle, phrases.offStyle(persona.disc.primary, reason: reason))
        } else if moment.flags.contains(.gotExplicitNeed), let need = progress.buyer.statedNeedTexts.last {
            (kind, text) = (.needStated, phrases.needStated(need))
        } else {
            return nil
        }
        let suggestion = suggester.suggest(buyer: progress.buyer, avoiding: progress.suggested, asked: progress.asked)
        if let suggestion { progress.suggested.insert(suggestion.id) }
        return CoachTip(kind: kind, text: text, suggestion: suggestion)
    }

    // MARK: Ending

    private mutating func finish(_ outcome: CallOutcome, progress: inout CallProgress, askedForCommitment: Bool)
        -> [CallEffect]
    {
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
            progress, outcome: final, persona: persona, includeCoaching: coachMode != .off)
        state = .ended
        undoStack = []
        return [.stageChanged(.ended), .ended(scorecard)]
    }
}
