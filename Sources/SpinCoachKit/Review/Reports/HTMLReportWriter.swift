import Plot

/// One self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched.
/// A single call is one Plot document. Many calls stream: the fixed page opening,
/// a summary row per call (and its section with `--detail`), then the totals;
/// only those fixed tags, which hold no data, are written as raw text.
struct HTMLReportWriter: ReviewReportWriter {
    typealias Body = Node<HTML.BodyContext>

    let mode: ReviewMode
    let language: ContentLanguage
    let labels: ReviewLabels

    private func t(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }
    private var terms: Terms { labels.terms(language) }

    static let css = """
        body{font:15px/1.45 system-ui,sans-serif;color:#1d2330;background:#fafafa;margin:0}
        main{max-width:980px;margin:0 auto;padding:24px}
        h1{font-size:24px}h2{font-size:20px;border-bottom:1px solid #ccd;padding-bottom:4px}h3{font-size:16px;margin-top:22px}
        table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
        th,td{border:1px solid #dde;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eef}
        .facts{color:#556}blockquote{margin:4px 0 4px 12px;padding-left:10px;border-left:3px solid #99a;color:#334}
        svg{display:block;margin:6px 0}svg text{font-size:12px;fill:#334}
        rect.rep{fill:#2f6fbf}rect.buyer{fill:#e08a2e}rect.other{fill:#999}polyline.spark{fill:none;stroke:#2f6fbf;stroke-width:2}
        """

    private func head() -> String {
        Node<HTML.DocumentContext>.head(
            .meta(.charset(.utf8)),
            .element(named: "title", nodes: [SafeHTML.text(t("SpinCoach call review", "SpinCoach拜访复盘"))]),
            .style(Self.css)
        ).render()
    }

    private var opening: String {
        "<!DOCTYPE html><html lang=\"\(language.rawValue)\">" + head() + "<body><main>"
    }

    private static let closing = "</main></body></html>\n"

    private func summaryHeader() -> String {
        let header = [
            t("File", "文件"), t("Date", "日期"), terms.term("Rep", .word(.rep)), t("Turns", "轮次"),
            terms.term("Questions", .scorecard(.questions)), "S", "P", "I",
            "N",
            t("Talk", "发言"), terms.term("Score", .scorecard(.score)),
        ]
        return Node<HTML.TableContext>.thead(.tr(.group(header.map { .th(SafeHTML.text($0)) }))).render()
    }

    mutating func begin() -> String {
        guard case .summary = mode else { return "" }
        return opening + Body.h1(SafeHTML.text(t("Call reviews", "拜访复盘"))).render() + "<table>" + summaryHeader()
            + "<tbody>"
    }

    mutating func call(_ review: CallReview, path: String) -> String {
        let section = HTMLCallSection(review: review, path: path, terms: labels.terms(review.language)).node().render()
        guard case .summary(let detail) = mode else {
            return "<!DOCTYPE html><html lang=\"\(review.language.rawValue)\">" + head() + "<body><main>" + section
                + Self.closing
        }
        let cells =
            [path, ReportNumbers.day(review.date), review.rep, "\(review.turns.count)", "\(review.questions.total)"]
            + UtteranceLabel.spin.map { "\(review.questions.count($0))" }
            + [
                ReportNumbers.percent(review.metric("talk-share")?.value),
                review.practice?.score.map(String.init) ?? "–",
            ]
        let row = Node<HTML.TableContext>.tr(.group(cells.map { .td(SafeHTML.text($0)) })).render()
        // A section cannot sit inside the table, so with --detail the table is closed and reopened around it.
        return detail ? row + "</tbody></table>" + section + "<table>" + summaryHeader() + "<tbody>" : row
    }

    mutating func end(totals: ReviewTotals, failures: [TranscriptProblem], failureCount: Int) -> String {
        guard case .summary = mode else { return "" }
        let trend = totals.trend()
        let perRep = HTMLCallSection.table(
            [
                terms.term("Rep", .word(.rep)), t("Calls", "拜访"), t("Questions per call", "每次拜访提问"), "I+N",
                t("Talk", "发言"),
                terms.term("Score", .scorecard(.score)),
            ],
            totals.repAggregates.map {
                [
                    $0.rep, "\($0.tally.calls)", ReportNumbers.decimal($0.tally.questionsPerCall),
                    ReportNumbers.percent($0.tally.laterStageShare), ReportNumbers.percent($0.tally.talkShare),
                    ReportNumbers.decimal($0.tally.score),
                ]
            })
        let summary = Body.div(
            .p(
                SafeHTML.text(
                    t("Reviewed ", "已复盘") + "\(totals.all.calls)" + t(" calls, ", "次拜访，") + "\(totals.utterances)"
                        + t(" turns; failed files: ", "轮；失败文件：") + "\(failureCount)")),
            .h2(SafeHTML.text(t("Per rep", "按销售"))), perRep,
            .h2(SafeHTML.text(t("Trend over time", "随时间的变化"))),
            .p(
                SafeHTML.text(
                    trend.isEmpty
                        ? t("no dated calls", "没有带日期的拜访")
                        : ReportNumbers.day(trend.first?.from) + " – " + ReportNumbers.day(trend.last?.to))),
            .p(SafeHTML.text(t("Questions per call", "每次拜访提问"))),
            HTMLCharts.sparkline(trend.map(\.tally.questionsPerCall), label: t("Questions per call", "每次拜访提问")),
            .p(SafeHTML.text(t("Implication and need-payoff share", "暗示与需求-效益占比"))),
            HTMLCharts.sparkline(trend.map(\.tally.laterStageShare), label: "I+N"),
            .ul(.group(failures.prefix(200).map { .li(SafeHTML.text($0.description)) })))
        return "</tbody></table>" + summary.render() + Self.closing
    }
}
