/// The output formats of `spincoach review`.
public enum ReviewFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html
}

/// One call in full, or many calls as a summary table with totals.
public enum ReviewMode: Equatable, Sendable {
    case single
    /// `detail` adds each call's full report after its row.
    case summary(detail: Bool)
}

/// A report that is written as the review streams: a beginning, one piece per
/// call, and an end with the totals. Nothing a call adds is kept after its piece.
public protocol ReviewReportWriter {
    mutating func begin() -> String
    mutating func call(_ review: CallReview, path: String) -> String
    mutating func end(totals: ReviewTotals, failures: [TranscriptProblem], failureCount: Int) -> String
}

/// Colour for a terminal, or none; applied only to the report's own words.
public struct ReportStyle: Sendable {
    public var colour: Bool
    /// Columns to wrap text in.
    public var width: Int

    public init(colour: Bool, width: Int) {
        self.colour = colour
        self.width = max(40, width)
    }

    private func apply(_ code: String, _ text: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func heading(_ text: String) -> String { apply("1", text) }
    func good(_ text: String) -> String { apply("32", text) }
    func warning(_ text: String) -> String { apply("33", text) }
    func dim(_ text: String) -> String { apply("2", text) }

    func verdict(_ verdict: Verdict?, _ text: String) -> String {
        switch verdict {
        case .within: good(text)
        case .above, .below: warning(text)
        case nil: text
        }
    }
}

public enum ReviewReports {
    public static func writer(
        _ format: ReviewFormat, mode: ReviewMode, language: ContentLanguage, style: ReportStyle,
        glossaries: [ContentLanguage: Glossary]
    ) -> any ReviewReportWriter {
        let labels = ReviewLabels(glossaries: glossaries)
        return switch format {
        case .text: TextReportWriter(mode: mode, language: language, style: style, labels: labels)
        case .markdown: MarkdownReportWriter(mode: mode, language: language, labels: labels)
        case .json: JSONReportWriter(mode: mode)
        case .html: HTMLReportWriter(mode: mode, language: language, labels: labels)
        }
    }
}

/// Each reviewed call's labels are in that call's language, from the content's glossaries.
struct ReviewLabels: Sendable {
    let glossaries: [ContentLanguage: Glossary]

    func terms(_ language: ContentLanguage) -> Terms {
        Terms(language: language, glossary: glossaries[language] ?? Glossary())
    }
}
