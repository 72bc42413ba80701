import Foundation

/// How session files write times: ISO 8601 in UTC with milliseconds, which
/// also sorts correctly as plain text (the index relies on that).
public enum SessionTimestamp {
    static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    public static func string(from date: Date) -> String {
        date.formatted(style)
    }

    /// Accepts any ISO 8601 date-time, with or without fractional seconds or a UTC offset.
    public static func date(from string: String) -> Date? {
        try? style.parse(string)
    }
}
