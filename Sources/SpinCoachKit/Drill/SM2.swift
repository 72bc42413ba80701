import Foundation

/// One item's place in SuperMemo's SM-2 schedule (Woźniak, 1990), our own implementation:
///
/// - intervals I(1) = 1 day, I(2) = 6 days, then I(n) = I(n-1) × EF, a fraction rounded up;
/// - after every answer EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)), never below 1.3;
/// - an answer of quality q < 3 starts the repetitions again from I(1), keeping the E-Factor.
///
/// The E-Factor is kept in hundredths, so 2.5 + 0.1 is exactly 2.6 and an interval
/// such as 6 × 2.5 is exactly 15, not one day more after rounding up a 15.000000001.
public struct SM2State: Equatable, Sendable {
    /// Answers of quality 3 or more since the last miss.
    public private(set) var repetitions = 0
    /// The E-Factor in hundredths: 250 is 2.5.
    public private(set) var easinessHundredths = 250
    /// Days from the last answer to the next showing; 0 before the first answer.
    public private(set) var intervalDays = 0
    /// The first moment the item is due again; nil before its first answer.
    public private(set) var due: Date?

    public static let lowestEasinessHundredths = 130
    /// Our own cap, not SM-2's: a hundred years. Without one, an item answered well a
    /// hundred times has an interval of 2.5^100 days, which no integer holds.
    public static let longestIntervalDays = 36_500
    /// Below this quality an answer counts as missed.
    public static let passingQuality = 3

    public init() {}

    public var easiness: Double { Double(easinessHundredths) / 100 }

    /// The schedule after an answer of `quality` (0 to 5, clamped) at `time`. The item is
    /// due at the start of the day `intervalDays` after the answer's day in `calendar`, so
    /// an item answered in the evening is due the next morning, not the next evening.
    public func answered(quality: Int, at time: Date, calendar: Calendar) -> SM2State {
        let quality = min(5, max(0, quality))
        var next = self
        if quality >= Self.passingQuality {
            switch repetitions {
            case 0: next.intervalDays = 1
            case 1: next.intervalDays = 6
            default:
                let (product, overflow) = intervalDays.multipliedReportingOverflow(by: easinessHundredths)
                next.intervalDays =
                    overflow ? Self.longestIntervalDays : min(Self.longestIntervalDays, (product + 99) / 100)
            }
            next.repetitions += 1
        } else {
            next.repetitions = 0
            next.intervalDays = 1
        }
        next.easinessHundredths = max(
            Self.lowestEasinessHundredths, easinessHundredths + Self.easinessChangeHundredths(quality: quality))
        let day = calendar.startOfDay(for: time)
        next.due = calendar.date(byAdding: .day, value: next.intervalDays, to: day) ?? day
        return next
    }

    /// 100 × (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)), exactly: +10, 0, −14, −32, −54, −80 for q = 5 … 0.
    static func easinessChangeHundredths(quality: Int) -> Int {
        let miss = 5 - quality
        return 10 - miss * (8 + miss * 2)
    }

    public func isDue(at time: Date) -> Bool {
        due.map { $0 <= time } ?? false
    }
}
