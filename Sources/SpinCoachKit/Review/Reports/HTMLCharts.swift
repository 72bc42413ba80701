import Plot

/// Inline SVG charts: no scripts, no external assets, every label through SafeHTML.
enum HTMLCharts {
    typealias Body = Node<HTML.BodyContext>

    private static let labelWidth = 170.0
    private static let plotWidth = 620.0
    private static let rowHeight = 22.0

    private static func svg(width: Double, height: Double, label: String, _ children: [Body]) -> Body {
        SafeHTML.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("width", SafeHTML.number(width)),
                ("height", SafeHTML.number(height)),
                ("viewBox", "0 0 \(SafeHTML.number(width)) \(SafeHTML.number(height))"),
                ("role", "img"), ("aria-label", label),
            ], [SafeHTML.element("title", [], [SafeHTML.text(label)])] + children)
    }

    private static func text(_ value: String, x: Double, y: Double, anchor: String = "start") -> Body {
        SafeHTML.element(
            "text", [("x", SafeHTML.number(x)), ("y", SafeHTML.number(y)), ("text-anchor", anchor)],
            [SafeHTML.text(value)])
    }

    private static func rect(x: Double, y: Double, width: Double, height: Double, side: Side?, tip: String) -> Body {
        SafeHTML.element(
            "rect",
            [
                ("x", SafeHTML.number(x)), ("y", SafeHTML.number(y)), ("width", SafeHTML.number(max(1, width))),
                ("height", SafeHTML.number(height)),
                ("class", side == .rep ? "rep" : side == .buyer ? "buyer" : "other"),
            ], [SafeHTML.element("title", [], [SafeHTML.text(tip)])])
    }

    /// One row per speaker; each turn a bar along the call's time, or along its words when untimed.
    static func timeline(_ review: CallReview) -> Body {
        let speakers = review.speakers.map(\.name) + (review.turns.contains { $0.side == nil } ? ["(unlabelled)"] : [])
        var spans: [(row: Int, from: Double, to: Double, turn: ReviewedTurn)] = []
        var position = 0.0
        for turn in review.turns {
            let row = speakers.firstIndex(of: turn.speaker) ?? 0
            if review.timing == .full, let start = turn.start, let end = turn.end {
                spans.append((row, start, end, turn))
            } else if let start = turn.start, review.timing == .starts {
                spans.append((row, start, start + Double(max(1, turn.words)) * 0.4, turn))
            } else {
                spans.append((row, position, position + Double(max(1, turn.words)), turn))
                position += Double(max(1, turn.words))
            }
        }
        let first = spans.map(\.from).min() ?? 0
        let length = max(1e-9, (spans.map(\.to).max() ?? 1) - first)
        var children: [Body] = []
        for (row, name) in speakers.enumerated() {
            children.append(text(name, x: labelWidth - 8, y: Double(row) * rowHeight + 15, anchor: "end"))
        }
        for span in spans {
            let x = labelWidth + (span.from - first) / length * plotWidth
            let tip = span.turn.speaker + ": " + String(span.turn.text.prefix(200))
            children.append(
                rect(
                    x: x, y: Double(span.row) * rowHeight + 3, width: (span.to - span.from) / length * plotWidth,
                    height: rowHeight - 6, side: span.turn.side, tip: tip))
        }
        let axis = review.timing == .none ? review.language.text("words", "字词") : ReportNumbers.clock(review.duration)
        children.append(
            text(axis, x: labelWidth + plotWidth, y: Double(speakers.count) * rowHeight + 14, anchor: "end"))
        return svg(
            width: labelWidth + plotWidth + 10, height: Double(speakers.count) * rowHeight + 20,
            label: review.language.text("Speaker timeline", "发言时间线"), children)
    }

    /// Each speaker's share of the talk.
    static func talkBars(_ review: CallReview) -> Body {
        let amounts = review.speakers.map { review.timing == .full ? ($0.seconds ?? 0) : Double($0.words) }
        let total = max(1e-9, amounts.reduce(0, +))
        var children: [Body] = []
        for (row, speaker) in review.speakers.enumerated() {
            let share = amounts[row] / total
            let y = Double(row) * rowHeight
            children.append(text(speaker.name, x: labelWidth - 8, y: y + 15, anchor: "end"))
            children.append(
                rect(
                    x: labelWidth, y: y + 3, width: share * plotWidth * 0.85, height: rowHeight - 6, side: speaker.side,
                    tip: speaker.name + " " + ReportNumbers.percent(share)))
            children.append(text(ReportNumbers.percent(share), x: labelWidth + share * plotWidth * 0.85 + 6, y: y + 15))
        }
        return svg(
            width: labelWidth + plotWidth + 10, height: Double(review.speakers.count) * rowHeight + 4,
            label: review.language.text("Talk share", "发言占比"), children)
    }

    /// Bars of named counts, for the SPIN mix.
    static func countBars(_ counts: [(String, Int)], label: String) -> Body {
        let largest = Double(max(1, counts.map(\.1).max() ?? 1))
        var children: [Body] = []
        for (row, (name, count)) in counts.enumerated() {
            let y = Double(row) * rowHeight
            children.append(text(name, x: labelWidth - 8, y: y + 15, anchor: "end"))
            children.append(
                rect(
                    x: labelWidth, y: y + 3, width: Double(count) / largest * plotWidth * 0.6, height: rowHeight - 6,
                    side: .rep, tip: "\(name): \(count)"))
            children.append(text("\(count)", x: labelWidth + Double(count) / largest * plotWidth * 0.6 + 6, y: y + 15))
        }
        return svg(
            width: labelWidth + plotWidth + 10, height: Double(counts.count) * rowHeight + 4, label: label, children)
    }

    /// A small line of values over time; missing values are left out.
    static func sparkline(_ values: [Double?], label: String) -> Body {
        let known = values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        let low = known.map(\.1).min() ?? 0
        let high = known.map(\.1).max() ?? 1
        let step = values.count > 1 ? 200.0 / Double(values.count - 1) : 0
        let points = known.map { index, value in
            let y = high > low ? 26 - (value - low) / (high - low) * 22 : 15
            return SafeHTML.number(Double(index) * step + 4) + "," + SafeHTML.number(y)
        }
        return svg(
            width: 210, height: 30, label: label,
            [SafeHTML.element("polyline", [("points", points.joined(separator: " ")), ("class", "spark")])])
    }
}
