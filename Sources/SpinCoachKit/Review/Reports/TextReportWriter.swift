import Foundation

/// The terminal report: one call in full, or a summary table streamed row by row
/// (fixed column widths, so no row waits for the others), then per-rep totals and a trend.
struct TextReportWriter: ReviewReportWriter {
    let mode: ReviewMode
    let language: ContentLanguage
    let style: ReportStyle
    let labels: ReviewLabels

    private func t(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }
    private var terms: Terms { labels.terms(language) }

    private static let widths = [34, 10, 16, 6, 5, 4, 4, 4, 4, 5, 5]

    private func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            let width = Self.widths[index]
            // Text columns are cut to fit; number columns are right-aligned.
            if index < 3 { return ReportLayout.fit(cell, width, keepEnd: index == 0) }
            return ReportLayout.fit(cell, width, alignRight: true)
        }
        .joined(separator: " ").droppingTrailingSpaces()
    }

    mutating func begin() -> String {
        guard case .summary = mode else { return "" }
        let header = row([
            t("FILE", "文件"), t("DATE", "日期"), t("REP", "销售"), t("TURNS", "轮次"), "Q", "S", "P", "I", "N",
            t("TALK", "发言"), terms.term("SCORE", .scorecard(.score)),
        ])
        return style.heading(header) + "\n"
    }

    mutating func call(_ review: CallReview, path: String) -> String {
        guard case .summary(let detail) = mode else {
            return TextCallReport(review: review, path: path, style: style, terms: labels.terms(review.language))
                .render()
        }
        let spin = UtteranceLabel.spin.map { "\(review.questions.count($0))" }
        let line = row(
            [
                path.terminalLine, ReportNumbers.day(review.date), review.rep.terminalLine, "\(review.turns.count)",
                "\(review.questions.total)",
            ] + spin
                + [
                    ReportNumbers.percent(review.metric("talk-share")?.value),
                    review.practice?.score.map(String.init) ?? "–",
                ])
        guard detail else { return line + "\n" }
        return line + "\n\n"
            + TextCallReport(review: review, path: path, style: style, terms: labels.terms(review.language)).render()
            + "\n"
    }

    mutating func end(totals: ReviewTotals, failures: [TranscriptProblem], failureCount: Int) -> String {
        guard case .summary = mode else { return "" }
        var lines = [""]
        let all = totals.all
        lines.append(
            style.heading(t("Reviewed", "已复盘"))
                + t(" \(all.calls) calls, \(totals.utterances) turns", "\(all.calls)次拜访，\(totals.utterances)轮")
                + (failureCount > 0
                    ? t(", ", "，") + style.warning(t("\(failureCount) failed", "\(failureCount)个失败")) : ""))
        lines += ["", style.heading(t("Per rep", "按销售"))]
        var rows = [
            [
                t("REP", "销售"), t("CALLS", "拜访"), t("Q/CALL", "每次拜访提问"), "I+N", t("TALK", "发言"),
                terms.term("SCORE", .scorecard(.score)),
                t("EARLY PITCHES", "过早介绍"),
            ]
        ]
        for aggregate in totals.repAggregates {
            let tally = aggregate.tally
            rows.append([
                aggregate.rep.terminalLine, "\(tally.calls)", ReportNumbers.decimal(tally.questionsPerCall),
                ReportNumbers.percent(tally.laterStageShare), ReportNumbers.percent(tally.talkShare),
                ReportNumbers.decimal(tally.score), "\(tally.prematurePitches)",
            ])
        }
        lines += ReportLayout.table(rows, rightAligned: [1, 2, 3, 4, 5, 6]).map { "  " + $0 }
        lines += trend(totals)
        return lines.joined(separator: "\n") + "\n"
    }

    private func trend(_ totals: ReviewTotals) -> [String] {
        let points = totals.trend()
        var lines = ["", style.heading(t("Trend over time", "随时间的变化"))]
        guard let first = points.first, let last = points.last else {
            return lines + ["  " + t("no dated calls", "没有带日期的拜访")]
        }
        lines.append(
            "  " + ReportNumbers.day(first.from) + " – " + ReportNumbers.day(last.to) + ", \(points.count) "
                + t("periods", "个时段")
                + (totals.undated > 0 ? ", \(totals.undated) " + t("undated calls left out", "次拜访无日期，未计入") : ""))
        let series: [(String, (CallTally) -> Double?, (Double?) -> String)] = [
            (t("questions per call", "每次拜访提问"), { $0.questionsPerCall }, ReportNumbers.decimal),
            (t("implication + need-payoff share", "暗示+需求-效益占比"), { $0.laterStageShare }, ReportNumbers.percent),
            (t("rep talk share", "销售发言占比"), { $0.talkShare }, ReportNumbers.percent),
            (t("practice score", "演练得分"), { $0.score }, ReportNumbers.decimal),
        ]
        let rows = series.map { name, value, shown -> [String] in
            let values = points.map { value($0.tally) }
            return [
                "  " + name, Glyphs.sparkline(values), shown(values.first ?? nil) + " → " + shown(values.last ?? nil),
            ]
        }
        return lines + ReportLayout.table(rows)
    }
}
