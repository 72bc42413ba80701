/// The scorecard as text for the terminal, in the call's language.
public struct ScorecardReport {
    public var scorecard: Scorecard
    public var language: ContentLanguage

    public init(scorecard: Scorecard, language: ContentLanguage) {
        self.scorecard = scorecard
        self.language = language
    }

    /// Laid out for `width` columns: a label/value table that shrinks and wraps its values,
    /// then the coaching points, each point's quote and question hanging under its text.
    public func render(width: Int = .max) -> String {
        let card = scorecard
        let phrases = CoachPhrases(language: language)
        let spin = max(card.spinQuestionCount, 1)
        let mix = UtteranceLabel.spin.map { label in
            "\(phrases.labelName(label)) \(card.count(label)) (\(card.count(label) * 100 / spin)%)"
        }
        let rows: [(String, String)] = [
            (language.text("Outcome", "结果"), outcomeName(card.outcome)),
            (language.text("Score", "得分"), "\(card.score)/100"),
            (language.text("Questions", "提问"), mix.joined(separator: ", ")),
            (
                language.text("Research", "研究结论"),
                language.text(
                    "successful large-sale calls ask fewer situation and more implication and need-payoff questions",
                    "成功的大客户拜访：背景问题少，暗示和需求-效益问题多")
            ),
            (language.text("Implied needs", "隐含需求"), "\(card.impliedNeeds.found)/\(card.impliedNeeds.total)"),
            (
                language.text("Implications", "暗示展开"),
                "\(card.implicationsDeveloped.found)/\(card.implicationsDeveloped.total)"
            ),
            (language.text("Explicit needs", "明确需求"), "\(card.explicitNeeds.found)/\(card.explicitNeeds.total)"),
            (
                language.text("Premature", "过早动作"),
                language.text(
                    Count.of(card.prematurePitches, "pitch") + ", "
                        + Count.of(card.prematureNeedPayoffs, "need-payoff"),
                    "介绍产品 \(card.prematurePitches) 次，需求-效益 \(card.prematureNeedPayoffs) 次")
            ),
            (
                language.text("Talk share", "说话占比"),
                "\(Int((card.talkShare * 100).rounded()))% "
                    + language.text("(best calls: about 43% seller)", "（最佳约为销售 43%）")
            ),
            (
                language.text("DISC fit", "DISC 匹配"),
                language.name(of: card.discStyle) + ": "
                    + (card.offStyleMoments == 0
                        ? language.text("no off-style moments", "没有不合风格的时候")
                        : language.text(
                            Count.of(card.offStyleMoments, "off-style moment"), "\(card.offStyleMoments) 处不合风格"))
            ),
        ]
        var blocks = [
            language.text("Scorecard", "成绩单") + "\n"
                + TextLayout.table(TextTable(rows: rows.map { [$0.0, $0.1] }, indent: 2), width: width)
        ]
        if !card.coachingPoints.isEmpty {
            let items = card.coachingPoints.map { point in
                ([point.advice] + [point.quote.map { "“\($0)”" }, point.suggestion].compactMap { $0 })
                    .joined(separator: "\n")
            }
            blocks.append(
                language.text("Coaching points", "辅导要点") + "\n"
                    + TextLayout.list(items, width: width, style: .numbered, indent: 2))
        }
        return blocks.joined(separator: "\n")
    }

    public func outcomeName(_ outcome: CallOutcome) -> String {
        switch outcome {
        case .advance: language.text("advance (an agreed next step)", "推进（约定了下一步）")
        case .continuation: language.text("continuation (no agreed step)", "延续（没有具体下一步）")
        case .noSale: language.text("no sale", "未成交")
        case .walkOut: language.text("the buyer ended the call", "客户结束了谈话")
        case .endedEarly: language.text("ended early (you left before asking for a next step)", "提前结束（没有提出下一步就离开了）")
        case .abandoned: language.text("abandoned", "中途放弃")
        }
    }
}
