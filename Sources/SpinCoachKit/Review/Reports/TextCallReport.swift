/// One call's full review for the terminal. Every string from the transcript goes
/// through `terminalLine`, so no control or escape character reaches the screen.
struct TextCallReport {
    let review: CallReview
    let path: String
    let style: ReportStyle
    private let words: ReviewPhrases
    private let terms: Terms
    private var language: ContentLanguage { review.language }

    init(review: CallReview, path: String, style: ReportStyle, terms: Terms) {
        self.review = review
        self.path = path
        self.style = style
        self.terms = terms
        words = ReviewPhrases(language: review.language)
    }

    func render() -> String {
        (header() + speakers() + questions() + conversation() + buyer() + coaching() + practice() + transcript())
            .joined(separator: "\n") + "\n"
    }

    private func t(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    private func header() -> [String] {
        var facts = [TranscriptImporter.name(of: review.format)]
        if review.date != nil { facts.append(ReportNumbers.day(review.date)) }
        if let duration = review.duration { facts.append(ReportNumbers.clock(duration)) }
        facts.append(
            review.timing == .full
                ? t("timed", "有起止时间") : review.timing == .starts ? t("start times only", "仅有开始时间") : t("untimed", "无时间")
        )
        // The heading is styled on its own, so wrapping never splits an escape sequence.
        let title = t("Call review", "拜访复盘")
        let about = ReportLayout.wrapped(
            title + "  " + path.terminalLine + "  (" + facts.joined(separator: ", ") + ")", columns: style.width,
            indent: 2)
        return [style.heading(title) + about[0].dropFirst(title.count)] + about.dropFirst()
            + ReportLayout.wrapped(
                terms.field("Rep", .word(.rep)) + review.rep.terminalLine + " (" + words.ruleText(review.repRule)
                    + ")", columns: style.width, indent: 2)
    }

    private func speakers() -> [String] {
        let total = review.speakers.reduce(0.0) { $0 + (review.timing == .full ? ($1.seconds ?? 0) : Double($1.words)) }
        let rows = review.speakers.map { speaker -> [String] in
            let amount = review.timing == .full ? (speaker.seconds ?? 0) : Double(speaker.words)
            return [
                "  " + speaker.name.terminalLine,
                speaker.side == .rep ? terms.term("rep", .word(.rep)) : terms.term("buyer", .word(.buyer)),
                "\(speaker.turns) " + t("turns", "轮"),
                "\(speaker.words) " + t("words", "字词"),
                review.timing == .full ? ReportNumbers.clock(speaker.seconds) : "",
                Glyphs.bar(total > 0 ? amount / total : 0, width: 20) + " "
                    + ReportNumbers.percent(total > 0 ? amount / total : nil),
            ]
        }
        return ["", style.heading(t("Speakers", "发言人"))] + ReportLayout.table(rows, rightAligned: [2, 3, 4])
    }

    private func questions() -> [String] {
        let stats = review.questions
        let phrases = CoachPhrases(terms: terms)
        let largest = UtteranceLabel.spin.map(stats.count).max() ?? 0
        var lines = ["", style.heading(terms.term("Questions", .scorecard(.questions))) + "  \(stats.total)"]
        if let gong = review.metric("questions-per-call") {
            let verdict = words.verdict(gong.verdict)
            let wrapped = ReportLayout.wrapped(
                "  " + verdict + " " + References.questionsPerCall.summary + " — "
                    + References.questionsPerCall.source, columns: style.width, indent: 4)
            lines.append("  " + style.verdict(gong.verdict, verdict) + wrapped[0].dropFirst(2 + verdict.count))
            lines += wrapped.dropFirst()
        }
        let rows = UtteranceLabel.spin.map { label -> [String] in
            let count = stats.count(label)
            let rate = stats.perMinute?[label.rawValue].map { String(format: "%.2f/min", $0) } ?? ""
            return [
                "  " + phrases.labelName(label), "\(count)",
                Glyphs.bar(largest > 0 ? Double(count) / Double(largest) : 0, width: 16), rate,
            ]
        }
        lines += ReportLayout.table(rows, rightAligned: [1])
        lines.append(
            "  " + t("Implication and need-payoff share: ", "暗示与需求-效益问题占比：")
                + ReportNumbers.percent(stats.laterStageShare))
        lines += ReportLayout.wrapped(
            "  Rackham: " + References.spinMix.summary + " — " + References.spinMix.source, columns: style.width,
            indent: 4
        ).map(style.dim)
        lines += ReportLayout.wrapped("  " + sequence(), columns: style.width, indent: 4)
        return lines
    }

    private func sequence() -> String {
        let stats = review.questions
        let needPayoffs = stats.prematureNeedPayoffs.count
        let pitches = stats.prematurePitches.count
        let parts = [
            check(
                failures: needPayoffs, passed: t("need-payoffs came after implications", "需求-效益问题都在暗示问题之后"),
                failed: t("\(needPayoffs) need-payoff before any implication", "\(needPayoffs)个需求-效益问题早于任何暗示问题")),
            check(
                failures: pitches, passed: t("no pitch before an explicit need", "没有在明确需求前介绍产品"),
                failed: t("\(pitches) pitch before any explicit need", "\(pitches)次在明确需求前介绍产品")),
        ]
        return t("Sequence: ", "顺序：") + parts.joined(separator: t("; ", "；"))
    }

    /// A sequence check: good news when nothing broke it, else a warning saying how often.
    private func check(failures: Int, passed: String, failed: String) -> String {
        failures == 0 ? style.good(passed) : style.warning(failed)
    }

    private func conversation() -> [String] {
        var lines = ["", style.heading(t("Conversation", "对话指标"))]
        let rows = review.metrics.map { metric -> [String] in
            let basis = metric.basis.map { $0 == "time" ? t(" by time", "（按时间）") : t(" by words", "（按字数）") } ?? ""
            let verdict = metric.reference == nil ? "" : style.verdict(metric.verdict, words.verdict(metric.verdict))
            return [
                "  " + words.metricName(metric.id) + basis, ReportNumbers.value(metric, language: language), verdict,
            ]
        }
        lines += ReportLayout.table(rows, rightAligned: [1])
        for reference in [
            References.talkShare, References.questionsPerCall, References.buyerStory, References.questionShare,
        ] {
            lines += ReportLayout.wrapped(
                "  " + reference.summary + " — " + reference.source, columns: style.width, indent: 4
            )
            .map(style.dim)
        }
        return lines
    }

    private func buyer() -> [String] {
        var lines = ["", style.heading(t("The buyer's explicit needs", "客户的明确需求"))]
        let needs = review.explicitNeeds
        if needs.isEmpty { lines.append("  " + t("none stated", "没有说出明确需求")) }
        for turn in needs {
            lines += ReportLayout.wrapped(
                "  " + ReportNumbers.place(turn, language: language) + " " + turn.speaker.terminalLine + ": \""
                    + turn.text.terminalLine + "\" (" + (turn.explicitNeed ?? "") + ")", columns: style.width, indent: 4
            )
        }
        lines.append("")
        let caution = t(" (a hint from the buyer's words, never a verdict)", "（仅根据客户用词给出的提示，不是结论）")
        if let disc = review.disc {
            lines += ReportLayout.wrapped(
                style.heading(t("DISC hint", "DISC提示")) + caution + terms.colon + terms.name(of: disc.style)
                    + terms.clauseSeparator + terms.term("confidence", .word(.confidence)) + t(" ", "")
                    + String(format: "%.2f", disc.confidence)
                    + t(", from ", "，依据：")
                    + disc.cues.map { t("\"\($0)\"", "“\($0)”") }.joined(separator: terms.listSeparator),
                columns: style.width, indent: 2)
        } else {
            lines.append(style.heading(t("DISC hint", "DISC提示")) + caution + terms.colon + t("too few cues", "线索太少"))
        }
        return lines
    }

    /// `"…"` in English, `“…”` in Chinese.
    private func quoted(_ text: String) -> String { t("\"\(text)\"", "“\(text)”") }

    private func coaching() -> [String] {
        var lines = ["", style.heading(terms.term("Coaching points", .scorecard(.coachingPoints)))]
        for (number, point) in review.coaching.enumerated() {
            let turn = review.turns[point.turn]
            lines += ReportLayout.wrapped(
                "  \(number + 1). " + point.advice.terminalLine, columns: style.width, indent: 5)
            lines += ReportLayout.wrapped(
                "     " + ReportNumbers.place(turn, language: language) + terms.colon
                    + quoted(point.quote.terminalLine),
                columns: style.width, indent: 6)
            if let better = point.betterQuestion {
                lines += ReportLayout.wrapped(
                    "     " + terms.term("Try: ", .coach(.try)) + quoted(better.terminalLine)
                        + terms.parenthesized((point.betterQuestionID ?? "").terminalLine), columns: style.width,
                    indent: 6)
            }
        }
        if review.coaching.isEmpty { lines.append("  " + t("the rep said nothing to coach", "销售没有可点评的发言")) }
        return lines
    }

    private func practice() -> [String] {
        guard let practice = review.practice else { return [] }
        var lines = [
            "",
            style.heading(terms.term("Practice call", .word(.session))) + "  " + practice.sessionID.terminalLine
                + terms.clauseSeparator + practice.persona.terminalLine + terms.clauseSeparator
                + (practice.outcome.map { terms.term($0.rawValue, .outcome($0)) } ?? t("incomplete", "未完成"))
                + (practice.score.map {
                    terms.clauseSeparator + terms.term("score", .scorecard(.score)) + t(" ", "") + "\($0)"
                } ?? ""),
            t("The buyer's reveals and reasons per turn:", "客户每轮透露的内容及原因："),
        ]
        let reasoned = review.turns.filter { $0.reason != nil }
        if reasoned.isEmpty { lines.append("  " + t("this log records no reasons", "此记录没有原因字段")) }
        for turn in reasoned {
            lines += ReportLayout.wrapped(
                "  " + ReportNumbers.place(turn, language: language) + " "
                    + words.reason(turn.reason!, terms: terms).terminalLine
                    + terms.colon + quoted(turn.text.terminalLine), columns: style.width, indent: 4)
        }
        return lines
    }

    private func transcript() -> [String] {
        var lines = ["", style.heading(t("Turns", "逐句"))]
        for turn in review.turns {
            var head = "  " + ReportNumbers.place(turn, language: language) + " " + turn.speaker.terminalLine
            if let label = turn.label {
                head += " [" + label.rawValue + String(format: " %.2f", turn.confidence ?? 0) + "]"
            }
            if turn.explicitNeed != nil { head += " [" + terms.term("explicit need", .spin(.explicitNeed)) + "]" }
            lines += ReportLayout.wrapped(head + ": " + turn.text.terminalLine, columns: style.width, indent: 4)
            if let evidence = turn.evidence {
                lines += ReportLayout.wrapped("      " + evidence.terminalLine, columns: style.width, indent: 6).map(
                    style.dim)
            }
        }
        return lines
    }
}
