/// GitHub-flavoured Markdown. Transcript text is escaped so it can never become
/// markup, a link, a table break or raw HTML.
struct MarkdownReportWriter: ReviewReportWriter {
    let mode: ReviewMode
    let language: ContentLanguage
    let labels: ReviewLabels

    private func t(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }
    private var terms: Terms { labels.terms(language) }

    /// Markdown's punctuation escaped, `<` and `>` as entities, controls made visible, one line.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.terminalLine {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            // Every report line starts with the report's own text, so line-start markup cannot arise.
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined()]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }

    mutating func begin() -> String {
        guard case .summary(let detail) = mode else { return "" }
        return "# " + t("Call reviews", "拜访复盘") + "\n\n" + (detail ? "" : summaryHeader())
    }

    private func summaryHeader() -> String {
        Self.table(
            [
                t("File", "文件"), t("Date", "日期"), terms.term("Rep", .word(.rep)), t("Turns", "轮次"),
                terms.term("Questions", .scorecard(.questions)), "S", "P", "I",
                "N",
                t("Talk", "发言"), terms.term("Score", .scorecard(.score)),
            ], []
        ).joined(separator: "\n") + "\n"
    }

    mutating func call(_ review: CallReview, path: String) -> String {
        guard case .summary(let detail) = mode else { return full(review, path: path, level: "#") }
        let cells =
            [
                Self.escaped(path), ReportNumbers.day(review.date), Self.escaped(review.rep), "\(review.turns.count)",
                "\(review.questions.total)",
            ] + UtteranceLabel.spin.map { "\(review.questions.count($0))" }
            + [
                ReportNumbers.percent(review.metric("talk-share")?.value),
                review.practice?.score.map(String.init) ?? "–",
            ]
        let row = "| " + cells.joined(separator: " | ") + " |\n"
        guard detail else { return row }
        // A section between rows would end the table, so with details each call gets a one-row table of its own.
        return "\n" + summaryHeader() + row + "\n" + full(review, path: path, level: "##") + "\n"
    }

    private func full(_ review: CallReview, path: String, level: String) -> String {
        let words = ReviewPhrases(language: review.language)
        let phrases = CoachPhrases(terms: labels.terms(review.language))
        var lines = [level + " " + t("Call review", "拜访复盘") + ": " + Self.escaped(path), ""]
        lines.append(
            "- " + t("Format", "格式") + ": " + TranscriptImporter.name(of: review.format) + ", "
                + ReportNumbers.day(review.date)
                + ", " + ReportNumbers.clock(review.duration))
        lines.append(
            "- " + terms.term("Rep", .word(.rep)) + ": " + Self.escaped(review.rep) + " ("
                + words.ruleText(review.repRule) + ")")
        lines.append(
            "- " + t("Speakers", "发言人") + ": "
                + review.speakers.map {
                    Self.escaped($0.name) + " (\($0.side?.rawValue ?? "?"), \($0.turns), \($0.words))"
                }
                .joined(separator: ", "))
        lines += ["", level + "# " + terms.term("Questions", .scorecard(.questions)), ""]
        lines += Self.table(
            [t("Type", "类型"), t("Count", "次数"), t("Per minute", "每分钟")],
            UtteranceLabel.spin.map { label in
                [
                    phrases.labelName(label), "\(review.questions.count(label))",
                    review.questions.perMinute?[label.rawValue].map { String(format: "%.2f", $0) } ?? "–",
                ]
            })
        lines += [
            "",
            "- " + t("Questions in the call", "本次提问数") + ": \(review.questions.total); Gong Labs: "
                + References.questionsPerCall.summary + " — " + References.questionsPerCall.source,
            "- " + t("Implication and need-payoff share", "暗示与需求-效益占比") + ": "
                + ReportNumbers.percent(review.questions.laterStageShare)
                + "; Rackham: " + References.spinMix.summary + " — " + References.spinMix.source,
            "- " + t("Need-payoffs before any implication", "早于暗示问题的需求-效益问题")
                + ": \(review.questions.prematureNeedPayoffs.count); "
                + t("pitches before any explicit need", "明确需求前的产品介绍") + ": \(review.questions.prematurePitches.count)",
            "", level + "# " + t("Conversation", "对话指标"), "",
        ]
        lines += Self.table(
            [t("Measure", "指标"), t("Value", "数值"), t("Reference", "参考"), t("Source", "来源")],
            review.metrics.map { metric in
                [
                    words.metricName(metric.id) + (metric.basis.map { " (\($0))" } ?? ""),
                    ReportNumbers.value(metric, language: review.language),
                    metric.reference.map { words.verdict(metric.verdict) + ": " + $0.summary } ?? "–",
                    metric.reference?.source ?? "–",
                ]
            })
        lines += ["", level + "# " + t("The buyer's explicit needs", "客户的明确需求"), ""]
        lines += review.explicitNeeds.map { "- " + Self.escaped($0.speaker) + ": " + Self.escaped($0.text) }
        if review.explicitNeeds.isEmpty { lines.append("- " + t("none stated", "没有说出明确需求")) }
        lines.append("")
        lines.append(
            "**DISC**" + t(" (a hint, never a verdict)", "（仅为提示，不是结论）") + t(": ", "：")
                + (review.disc.map {
                    labels.terms(review.language).name(of: $0.style)
                        + t(String(format: ", %.2f, ", $0.confidence), String(format: "，%.2f，", $0.confidence))
                        + $0.cues.map(Self.escaped).joined(separator: t(", ", "、"))
                } ?? t("too few cues", "线索太少")))
        lines += ["", level + "# " + terms.term("Coaching points", .scorecard(.coachingPoints)), ""]
        for (number, point) in review.coaching.enumerated() {
            lines.append("\(number + 1). " + Self.escaped(point.advice))
            lines.append("   > " + Self.escaped(point.quote))
            if let better = point.betterQuestion {
                lines.append(
                    "   " + terms.term("Try: ", .coach(.try)) + Self.escaped(better) + " (`"
                        + (point.betterQuestionID ?? "") + "`)"
                )
            }
        }
        if let practice = review.practice {
            lines += [
                "",
                level + "# " + terms.term("Practice call", .word(.session)) + " " + Self.escaped(practice.sessionID),
                "",
            ]
            for turn in review.turns where turn.reason != nil {
                lines.append(
                    "- " + ReportNumbers.place(turn, language: review.language) + ": "
                        + Self.escaped(words.reason(turn.reason!, terms: labels.terms(review.language))))
            }
        }
        lines += ["", level + "# " + t("Turns", "逐句"), ""]
        lines += Self.table(
            [t("When", "时间"), t("Speaker", "发言人"), t("Label", "标签"), t("Text", "内容")],
            review.turns.map { turn in
                [
                    ReportNumbers.place(turn, language: review.language), Self.escaped(turn.speaker),
                    turn.label.map { "\($0.rawValue) " + String(format: "%.2f", turn.confidence ?? 0) }
                        ?? (turn.explicitNeed == nil ? "" : terms.term("explicit need", .spin(.explicitNeed))),
                    Self.escaped(turn.text),
                ]
            })
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func end(totals: ReviewTotals, failures: [TranscriptProblem], failureCount: Int) -> String {
        guard case .summary = mode else { return "" }
        var lines = ["", "## " + t("Per rep", "按销售"), ""]
        lines += Self.table(
            [
                terms.term("Rep", .word(.rep)), t("Calls", "拜访"), t("Questions per call", "每次拜访提问"), "I+N",
                t("Talk", "发言"),
                terms.term("Score", .scorecard(.score)),
            ],
            totals.repAggregates.map {
                [
                    Self.escaped($0.rep), "\($0.tally.calls)", ReportNumbers.decimal($0.tally.questionsPerCall),
                    ReportNumbers.percent($0.tally.laterStageShare), ReportNumbers.percent($0.tally.talkShare),
                    ReportNumbers.decimal($0.tally.score),
                ]
            })
        let trend = totals.trend()
        lines += ["", "## " + t("Trend over time", "随时间的变化"), ""]
        lines += Self.table(
            [
                t("From", "从"), t("To", "到"), t("Calls", "拜访"), t("Questions per call", "每次拜访提问"), "I+N",
                terms.term("Score", .scorecard(.score)),
            ],
            trend.map {
                [
                    ReportNumbers.day($0.from), ReportNumbers.day($0.to), "\($0.tally.calls)",
                    ReportNumbers.decimal($0.tally.questionsPerCall), ReportNumbers.percent($0.tally.laterStageShare),
                    ReportNumbers.decimal($0.tally.score),
                ]
            })
        lines.append("")
        lines.append(
            t("Questions per call", "每次拜访提问") + ": `" + Glyphs.sparkline(trend.map(\.tally.questionsPerCall)) + "`  "
                + t("failed files", "失败文件") + ": \(failureCount)")
        return lines.joined(separator: "\n") + "\n"
    }
}
