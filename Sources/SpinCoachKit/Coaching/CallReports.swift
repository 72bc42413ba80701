/// The coach's reports during and after a call: /stage, /advice, /score and the scorecard.
struct CallReports {
    let phrases: CoachPhrases

    private var terms: Terms { phrases.terms }

    func stage(_ progress: CallProgress) -> String {
        let counts = questionCounts(PracticeTally(progress))
        return terms.field("Stage", .heading(.stage)) + phrases.stageName(progress.stage)
            + terms.text("  (\(counts))", "（\(counts)）")
    }

    /// `situation 0, problem 2`; in Chinese `背景0、难点2`, no space between a word and its figure.
    private func questionCounts(_ tally: PracticeTally) -> String {
        UtteranceLabel.spin.map { phrases.labelName($0) + terms.text(" ", "") + "\(tally.count($0))" }
            .joined(separator: terms.listSeparator)
    }

    func advice(for persona: Persona) -> String {
        let advice = DISCAdvice.advice(for: persona.disc.primary, language: persona.language)
        var lines = [terms.name(of: persona.disc.primary) + terms.colon + advice.needs]
        lines += advice.dos.map { "  + \($0)" }
        lines += advice.donts.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    func tally(_ progress: CallProgress) -> String {
        let tally = PracticeTally(progress)
        func share(_ part: Scorecard.Tally) -> String { "\(part.found)/\(part.total)" }
        return [
            terms.field("Questions", .scorecard(.questions)) + questionCounts(tally),
            terms.field("Implied needs uncovered", .scorecard(.impliedNeeds)) + share(tally.impliedNeeds),
            terms.field("Implications developed", .scorecard(.implicationsDeveloped)) + share(tally.implications),
            terms.field("Explicit needs obtained", .scorecard(.explicitNeeds)) + share(tally.explicitNeeds),
            terms.field("Premature pitches", .scorecard(.prematurePitch)) + "\(tally.prematurePitches)"
                + terms.clauseSeparator
                + terms.field("premature need-payoffs", .scorecard(.prematureNeedPayoff))
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
