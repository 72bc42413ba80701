/// The scorecard as text for the terminal, in the call's language, its labels from the glossary.
public struct ScorecardReport {
    public var scorecard: Scorecard
    public var terms: Terms

    public init(scorecard: Scorecard, terms: Terms) {
        self.scorecard = scorecard
        self.terms = terms
    }

    /// Laid out for `width` columns: a label/value table that shrinks and wraps its values,
    /// then the coaching points, each point's quote and question hanging under its text.
    public func render(width: Int = .max) -> String {
        let card = scorecard
        let rows: [(String, String)] = [
            (terms.term("Outcome", .heading(.outcome)), terms.name(of: card.outcome)),
            (terms.term("Score", .scorecard(.score)), "\(card.score)/100"),
            (terms.term("Questions", .scorecard(.questions)), questionMix),
            (
                terms.term("Research", .scorecard(.research)),
                terms.text(
                    "successful large-sale calls ask fewer situation and more implication and need-payoff questions",
                    "成功的大客户拜访：\(spin(.situation))少，\(spin(.implication))和\(spin(.needPayoff))多")
            ),
            (terms.term("Implied needs", .scorecard(.impliedNeeds)), share(card.impliedNeeds)),
            (terms.term("Implications", .scorecard(.implicationsDeveloped)), share(card.implicationsDeveloped)),
            (terms.term("Explicit needs", .scorecard(.explicitNeeds)), share(card.explicitNeeds)),
            (
                terms.term("Premature", .scorecard(.premature)),
                terms.text(
                    Count.of(card.prematurePitches, "pitch") + ", "
                        + Count.of(card.prematureNeedPayoffs, "need-payoff"),
                    "介绍产品\(card.prematurePitches)次，\(spin(.needPayoff))\(card.prematureNeedPayoffs)次")
            ),
            (
                terms.term("Talk share", .scorecard(.talkShare)),
                "\(Int((card.talkShare * 100).rounded()))%"
                    + terms.parenthesized(
                        terms.text(
                            "best calls: about 43% seller", terms.term("", .scorecard(.bestCalls)) + "：销售发言约占43%"))
            ),
            (terms.term("DISC fit", .disc(.discFit)), terms.name(of: card.discStyle) + terms.colon + styleFit),
        ]
        var blocks = [
            terms.term("Scorecard", .scorecard(.scorecard)) + "\n"
                + TextLayout.table(TextTable(rows: rows.map { [$0.0, $0.1] }, indent: 2), width: width)
        ]
        if !card.coachingPoints.isEmpty {
            let items = card.coachingPoints.map { point in
                ([point.advice] + [point.quote.map { "“\($0)”" }, point.suggestion].compactMap { $0 })
                    .joined(separator: "\n")
            }
            blocks.append(
                terms.term("Coaching points", .scorecard(.coachingPoints)) + "\n"
                    + TextLayout.list(items, width: width, style: .numbered, indent: 2))
        }
        return blocks.joined(separator: "\n")
    }

    /// `situation 2 (67%), problem 1 (33%)…`, rounded to the nearest; in Chinese `背景2（67%）、难点1（33%）…`.
    private var questionMix: String {
        let spin = max(scorecard.spinQuestionCount, 1)
        return UtteranceLabel.spin.map { label in
            let count = scorecard.count(label)
            return terms.name(of: label) + terms.text(" ", "") + "\(count)"
                + terms.parenthesized("\(Int((Double(count * 100) / Double(spin)).rounded()))%")
        }
        .joined(separator: terms.listSeparator)
    }

    private var styleFit: String {
        let moments = scorecard.offStyleMoments
        let offStyle = terms.term("", .disc(.offStyle))
        return moments == 0
            ? terms.text("no off-style moments", "没有\(offStyle)的时候")
            : terms.text(Count.of(moments, "off-style moment"), "\(moments)处\(offStyle)")
    }

    private func share(_ tally: Scorecard.Tally) -> String { "\(tally.found)/\(tally.total)" }

    private func spin(_ term: SPINTerm) -> String { terms.term(term.rawValue, .spin(term)) }
}
