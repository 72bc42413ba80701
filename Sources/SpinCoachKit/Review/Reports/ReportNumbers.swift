import Foundation

/// How every report writes numbers, times and dates, so all four formats agree.
enum ReportNumbers {
    static func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// `1:05:03`, `4:12`, or `12.5 s` under a minute.
    static func clock(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }

    static func decimal(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "–"
    }

    static func value(_ metric: Metric, language: ContentLanguage) -> String {
        guard let value = metric.value else { return language.text("n/a", "无法计算") }
        switch metric.unit {
        case .share: return percent(value)
        case .seconds: return clock(value)
        case .words: return "\(Int(value)) " + language.text("words", "字词")
        case .perMinute: return String(format: "%.2f", value)
        case .count: return "\(Int(value))"
        }
    }

    static func day(_ date: Date?) -> String {
        guard let date else { return "–" }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// A turn's place: its time in the call when known, else its number.
    static func place(_ turn: ReviewedTurn, language: ContentLanguage) -> String {
        if let start = turn.start { return clock(start).replacing(" s", with: "s") }
        return language.text("turn ", "第") + "\(turn.index + 1)" + language.text("", "句")
    }
}
