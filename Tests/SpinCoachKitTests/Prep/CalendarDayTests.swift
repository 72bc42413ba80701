import Testing

@testable import SpinCoachKit

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("2026-12-03", 7, "2026-12-10"), ("2026-12-28", 7, "2027-01-04"), ("2024-02-28", 1, "2024-02-29"),
        ("2023-02-28", 1, "2023-03-01"), ("2000-02-28", 1, "2000-02-29"), ("2100-02-28", 1, "2100-03-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2026-01-01", 365, "2027-01-01"),
    ])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(CalendarDay(start)?.adding(days: days).description == expected)
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "26-01-01", "2026-1-01", "2026-01-01x", "", "２０２６-01-01"])
    func onlyRealDaysInISOFormParse(text: String) {
        #expect(CalendarDay(text) == nil)
    }
}
