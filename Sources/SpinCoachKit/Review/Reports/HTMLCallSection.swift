import Plot

/// One call's review as an HTML section, built with Plot; text only enters through SafeHTML.
struct HTMLCallSection {
    typealias Body = Node<HTML.BodyContext>

    let review: CallReview
    let path: String
    /// The call's language's labels.
    let terms: Terms
    private var language: ContentLanguage { review.language }
    private var words: ReviewPhrases { ReviewPhrases(language: language) }

    private func t(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    private func text(_ value: String) -> Body { SafeHTML.text(value) }

    static func table(_ header: [String], _ rows: [[String]]) -> Body {
        .table(
            .thead(.tr(.group(header.map { .th(SafeHTML.text($0)) }))),
            .tbody(.group(rows.map { row in .tr(.group(row.map { .td(SafeHTML.text($0)) })) })))
    }

    func node() -> Body {
        .section(
            .class("call"),
            .h2(text(t("Call review", "拜访复盘") + ": " + path)),
            .p(
                .class("facts"),
                text(
                    [
                        TranscriptImporter.name(of: review.format), ReportNumbers.day(review.date),
                        ReportNumbers.clock(review.duration),
                    ]
                    .joined(separator: " · ") + " · " + terms.term("Rep", .word(.rep)) + ": " + review.rep + " ("
                        + words.ruleText(review.repRule) + ")")),
            .h3(text(t("Speaker timeline", "发言时间线"))), HTMLCharts.timeline(review),
            .h3(text(terms.term("Talk share", .scorecard(.talkShare)))), HTMLCharts.talkBars(review),
            questions(), conversation(), buyer(), coaching(), practice(), turns())
    }

    private func questions() -> Body {
        let phrases = CoachPhrases(terms: terms)
        let stats = review.questions
        return .div(
            .h3(text(terms.term("Questions", .scorecard(.questions)) + ": \(stats.total)")),
            HTMLCharts.countBars(
                UtteranceLabel.spin.map { (phrases.labelName($0), stats.count($0)) },
                label: terms.term("SPIN mix", .scorecard(.questionMix))),
            .ul(
                .li(
                    text(
                        t("Implication and need-payoff share", "暗示与需求-效益占比") + ": "
                            + ReportNumbers.percent(stats.laterStageShare) + ". Rackham: " + References.spinMix.summary
                            + " — "
                            + References.spinMix.source)),
                .li(
                    text(
                        t("Need-payoffs before any implication", "早于暗示问题的需求-效益问题")
                            + ": \(stats.prematureNeedPayoffs.count); "
                            + t("pitches before any explicit need", "明确需求前的产品介绍") + ": \(stats.prematurePitches.count)")
                )))
    }

    private func conversation() -> Body {
        .div(
            .h3(text(t("Conversation", "对话指标"))),
            Self.table(
                [t("Measure", "指标"), t("Value", "数值"), t("Against", "对照"), t("Reference", "参考"), t("Source", "来源")],
                review.metrics.map { metric in
                    [
                        words.metricName(metric.id) + (metric.basis.map { " (\($0))" } ?? ""),
                        ReportNumbers.value(metric, language: language), words.verdict(metric.verdict),
                        metric.reference?.summary ?? "–", metric.reference?.source ?? "–",
                    ]
                }))
    }

    private func buyer() -> Body {
        let needs = review.explicitNeeds
        let disc =
            review.disc.map {
                terms.name(of: $0.style) + terms.clauseSeparator + terms.term("confidence", .word(.confidence))
                    + t(" ", "")
                    + String(format: "%.2f", $0.confidence) + terms.colon
                    + $0.cues.joined(separator: terms.listSeparator)
            } ?? t("too few cues", "线索太少")
        return .div(
            .h3(text(t("The buyer's explicit needs", "客户的明确需求"))),
            .ul(
                .group(
                    needs.isEmpty
                        ? [.li(text(t("none stated", "没有说出明确需求")))]
                        : needs.map { .li(text($0.speaker + ": " + $0.text + " (" + ($0.explicitNeed ?? "") + ")")) })),
            .p(
                text(
                    "DISC " + t("(a hint from the buyer's words, never a verdict)", "（仅根据客户用词给出的提示，不是结论）") + ": " + disc
                )))
    }

    private func coaching() -> Body {
        .div(
            .h3(text(terms.term("Coaching points", .scorecard(.coachingPoints)))),
            .ol(
                .group(
                    review.coaching.map { point in
                        .li(
                            .p(text(point.advice)), .blockquote(text(point.quote)),
                            .if(
                                point.betterQuestion != nil,
                                .p(
                                    text(
                                        terms.term("Try: ", .coach(.try)) + (point.betterQuestion ?? "") + " ("
                                            + (point.betterQuestionID ?? "") + ")"))))
                    })))
    }

    private func practice() -> Body {
        guard let practice = review.practice else { return .empty }
        let reasoned = review.turns.filter { $0.reason != nil }
        return .div(
            .h3(text(terms.term("Practice call", .word(.session)) + " " + practice.sessionID)),
            .p(
                text(
                    practice.persona + " · " + (practice.outcome?.rawValue ?? t("incomplete", "未完成"))
                        + (practice.score.map { " · " + terms.term("score", .scorecard(.score)) + t(" ", "") + "\($0)" }
                            ?? ""))),
            Self.table(
                [t("When", "时间"), t("Reveal or reason", "透露/原因"), t("Buyer said", "客户原话")],
                reasoned.map {
                    [ReportNumbers.place($0, language: language), words.reason($0.reason!, terms: terms), $0.text]
                }))
    }

    private func turns() -> Body {
        .div(
            .h3(text(t("Turns", "逐句"))),
            Self.table(
                [
                    t("When", "时间"), t("Speaker", "发言人"), t("Label", "标签"), t("Text", "内容"),
                    terms.term("Evidence", .word(.evidence)),
                ],
                review.turns.map { turn in
                    [
                        ReportNumbers.place(turn, language: language), turn.speaker,
                        turn.label.map { $0.rawValue + String(format: " %.2f", turn.confidence ?? 0) }
                            ?? (turn.explicitNeed == nil ? "" : terms.term("explicit need", .spin(.explicitNeed))),
                        turn.text, turn.evidence ?? "",
                    ]
                }))
    }
}
