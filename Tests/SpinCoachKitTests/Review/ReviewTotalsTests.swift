import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct ReviewTotalsTests {
    func review(rep: String, day: Int?, score: Int?) throws -> CallReview {
        var review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        review.rep = rep
        review.date = day.map { Date(timeIntervalSince1970: Double($0) * 86_400 + 3600) }
        review.practice = score.map {
            PracticeSummary(sessionID: "s", persona: "p", script: "x", outcome: .advance, score: $0)
        }
        return review
    }

    @Test func perRepAndTrend() throws {
        var totals = ReviewTotals()
        for day in 0..<30 {
            try totals.add(review(rep: day.isMultiple(of: 2) ? "Sam" : "Ana", day: 20_000 + day, score: 40 + day))
        }
        try totals.add(review(rep: "Sam", day: nil, score: nil))
        #expect(totals.all.calls == 31 && totals.undated == 1 && totals.utterances == 31 * 12)
        #expect(totals.repAggregates.map(\.rep) == ["Ana", "Sam"])
        #expect(totals.repAggregates.map(\.tally.calls) == [15, 16])
        let sam = totals.repAggregates[1].tally
        #expect(sam.questionsPerCall == 4 && sam.prematurePitches == 16)
        #expect(sam.score == Double((0..<15).map { 40 + 2 * $0 }.reduce(0, +)) / 15)
        let trend = totals.trend(points: 12)
        #expect(trend.count == 12)
        #expect(trend.map(\.tally.calls).reduce(0, +) == 30)
        #expect(trend.first.map { ReportNumbers.day($0.from) } == "2024-10-04")
        #expect(trend.last.map { ReportNumbers.day($0.to) } == "2024-11-02")
        #expect((trend.first?.tally.score ?? 0) < (trend.last?.tally.score ?? 0))
        #expect(totals.trend(points: 40).count == 30)
    }

    @Test func sparklinesAndBars() {
        #expect(Glyphs.sparkline([1, 2, nil, 8]) == "▁▂ █")
        #expect(Glyphs.sparkline([5, 5]) == "▅▅")
        #expect(Glyphs.bar(0.5, width: 4) == "██")
        #expect(Glyphs.bar(0.55, width: 4) == "██▎")
    }
}
