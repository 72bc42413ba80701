/// The coach's reports during and after a call: /stage, /advice, /score and the scorecard.
struct CallReports {
    let phrases: CoachPhrases

    func stage(_ progress: CallProgress) -> String {
        phrases.language.text("Stage: ", "阶段：") + phrases.stageName(progress.stage) + "  ("
            + questionCounts(PracticeTally(progress)) + ")"
    }

    private func questionCounts(_ tally: PracticeTally) -> String {
        UtteranceLabel.spin.map { "\(phrases.labelName($0)) \(tally.count($0))" }.joined(separator: ", ")
    }

    func advice(for persona: Persona) -> String {
        let advice = DISCAdvice.advice(for: persona.disc.primary, language: persona.language)
        var lines = [phrases.language.name(of: persona.disc.primary) + ": " + advice.needs]
        lines += advice.dos.map { "  + \($0)" }
        lines += advice.donts.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    func tally(_ progress: CallProgress) -> String {
        let tally = PracticeTally(progress)
        func share(_ part: Scorecard.Tally) -> String { "\(part.found)/\(part.total)" }
        return [
            phrases.language.text("Questions: ", "提问：") + questionCounts(tally),
            phrases.language.text("Implied needs uncovered: ", "发现的隐含需求：") + share(tally.impliedNeeds),
            phrases.language.text("Implications developed: ", "展开的暗示：") + share(tally.implications),
            phrases.language.text("Explicit needs obtained: ", "获得的明确需求：") + share(tally.explicitNeeds),
            phrases.language.text("Premature pitches: ", "过早介绍产品：") + "\(tally.prematurePitches)"
                + phrases.language.text(", premature need-payoffs: ", "，过早的需求-效益问题：")
                + "\(tally.prematureNeedPayoffs)",
        ]
        .joined(separator: "\n")
    }

    /// `suggester` finds the coaching points' better questions; without it there are no points.
    func scorecard(_ progress: CallProgress, outcome: CallOutcome, persona: Persona, suggester: QuestionSuggester?)
        -> Scorecard
    {
        let tally = PracticeTally(progress)
        let allWords = progress.repWords + progress.buyerWords
        let talkShare = allWords == 0 ? 0 : Double(progress.repWords) / Double(allWords)
        let score = Scorecard.score(
            explicitNeeds: tally.explicitNeeds, implications: tally.implications, impliedNeeds: tally.impliedNeeds,
            mix: Scorecard.mixScore(questions: tally.questions), talkShare: talkShare,
            offStyleMoments: progress.offStyleMoments, outcome: outcome,
            prematureMoves: tally.prematurePitches + tally.prematureNeedPayoffs,
            repSpoke: progress.repWords > 0)
        return Scorecard(
            outcome: outcome, questions: tally.questions, impliedNeeds: tally.impliedNeeds,
            implicationsDeveloped: tally.implications, explicitNeeds: tally.explicitNeeds,
            prematurePitches: tally.prematurePitches, prematureNeedPayoffs: tally.prematureNeedPayoffs,
            talkShare: (talkShare * 100).rounded() / 100, discStyle: persona.disc.primary,
            offStyleMoments: progress.offStyleMoments,
            coachingPoints: suggester.map { CoachingPoints(phrases: phrases, suggester: $0).points(progress) } ?? [],
            score: score)
    }
}
