/// A date without a time or zone (`2026-12-10`): when the buyer's step is due.
///
/// Plain arithmetic on the proleptic Gregorian calendar, so plans need no clock or
/// locale; the shell passes in today.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the numbers name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, and nothing else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        Self(dayNumber: dayNumber + count)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 0000-03-01, counting years from March so the leap day falls last.
    private var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = (month + 9) % 12
        let yearDays = 365 * shiftedYear + shiftedYear / 4 - shiftedYear / 100 + shiftedYear / 400
        return yearDays + (153 * shiftedMonth + 2) / 5 + day - 1
    }

    private init(dayNumber: Int) {
        var year = (10000 * dayNumber + 14780) / 3_652_425
        var dayOfYear = dayNumber - (365 * year + year / 4 - year / 100 + year / 400)
        if dayOfYear < 0 {
            year -= 1
            dayOfYear = dayNumber - (365 * year + year / 4 - year / 100 + year / 400)
        }
        let shiftedMonth = (100 * dayOfYear + 52) / 3060
        self.month = (shiftedMonth + 2) % 12 + 1
        self.year = year + (shiftedMonth + 2) / 12
        self.day = dayOfYear - (shiftedMonth * 306 + 5) / 10 + 1
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
