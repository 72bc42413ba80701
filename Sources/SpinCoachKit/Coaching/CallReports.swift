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

    func scorecard(_ progress: CallProgress, outcome: CallOutcome, persona: Persona, includeCoaching: Bool)
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
            coachingPoints: includeCoaching ? coachingPoints(progress) : [], score: score)
    }

    private func spin(_ term: SPINTerm) -> String { terms.term(term.rawValue, .spin(term)) }

    /// Three points, each quoting one of the rep's own lines: mistakes first, then strengths.
    func coachingPoints(_ progress: CallProgress) -> [Scorecard.CoachingPoint] {
        typealias Flag = CallProgress.RepMoment.Flag
        let rules: [(Flag, String)] = [
            (
                .prematurePitch,
                terms.text(
                    "You pitched before the buyer had stated a need. Ask what the problem costs them first:",
                    "客户还没说出需求你就介绍产品了。先问问这个难点让他付出了什么代价：")
            ),
            (
                .prematureNeedPayoff,
                terms.text(
                    "This need-payoff came before the problem was developed, so it felt like a set-up:",
                    "这个\(spin(.needPayoff))出现在难点被放大之前，听起来像是在下套：")
            ),
            (
                .situationStreak,
                terms.text(
                    "A long run of background questions; do this homework before the call:",
                    "\(spin(.situation))问得太多，这些功课应该在拜访前做好：")
            ),
            (
                .gotExplicitNeed,
                terms.text(
                    "This got the buyer to state an explicit need in their own words. Keep doing it:",
                    "这个问题让客户亲口说出了\(spin(.explicitNeed))，继续这样问：")
            ),
            (
                .developedProblem,
                terms.text(
                    "This implication question made the problem bigger, which is what moves a large sale:",
                    "这个\(spin(.implication))把难点放大了，这正是推动大单的关键：")
            ),
            (
                .admittedProblem,
                terms.text(
                    "This uncovered a problem. Follow it with its consequences before offering anything:",
                    "这个问题挖出了一个难点。先追问它的后果，再谈解决方案：")
            ),
        ]
        var points: [Scorecard.CoachingPoint] = []
        var quoted = Set<String>()
        for (flag, advice) in rules {
            guard points.count < 3,
                let moment = progress.moments.first(where: { $0.flags.contains(flag) && !quoted.contains($0.text) })
            else { continue }
            quoted.insert(moment.text)
            points.append(Scorecard.CoachingPoint(advice: advice, quote: moment.text))
        }
        if points.count < 3,
            let style = progress.moments.first(where: { moment in
                moment.flags.contains { if case .offStyle = $0 { return true } else { return false } }
                    && !quoted.contains(moment.text)
            })
        {
            quoted.insert(style.text)
            points.append(
                Scorecard.CoachingPoint(
                    advice: terms.text("This line went against the buyer's style:", "这句话不符合客户的沟通风格："),
                    quote: style.text))
        }
        for moment in progress.moments where points.count < 3 && !quoted.contains(moment.text) {
            quoted.insert(moment.text)
            let advice =
                moment.label.isSPIN
                ? terms.text(
                    "Ask fewer situation questions and more implication and need-payoff ones. For example, after:",
                    "少问\(spin(.situation))，多问\(spin(.implication))和\(spin(.needPayoff))。比如在这句之后：")
                : terms.text(
                    "Turn statements like this into a question that lets the buyer talk:",
                    "把这样的陈述改成问题，让客户多说：")
            points.append(Scorecard.CoachingPoint(advice: advice, quote: moment.text))
        }
        return points
    }
}
