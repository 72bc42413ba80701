import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct TextReportWriterTests {
    @Test func transcriptTextNeverReachesTheTerminalRaw() throws {
        let review = try ReviewSupport.reviewer.review(ReportFixtures.hostile)
        for mode in [ReviewMode.single, .summary(detail: true)] {
            let text = ReportFixtures.render(.text, [review], mode: mode)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\u{202E}"))
            #expect(text.contains("^[[2J") && text.contains("^[]0;pwned^G"))
        }
    }

    @Test func colourOnlyWhenAsked() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        #expect(!ReportFixtures.render(.text, [review], mode: .single).contains("\u{1B}"))
        #expect(
            ReportFixtures.render(.text, [review], mode: .single, colour: true).contains(
                "\u{1B}[1mCall review\u{1B}[0m"))
    }

    @Test func singleCallReportHasEverySection() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let text = ReportFixtures.render(.text, [review], mode: .single)
        for heading in [
            "Call review", "Rep: Sam (asks the most questions)", "Speakers", "Questions  4", "Conversation",
            "The buyer's explicit needs", "DISC hint (a hint from the buyer's words, never a verdict)",
            "Coaching points",
            "Turns", "Gong Labs, 519,000 discovery calls (2017)", "Gong Labs, 25,537 B2B calls",
        ] {
            #expect(text.contains(heading), "\(heading)")
        }
        // Long lines wrap with a hanging indent.
        let unwrapped = text.replacingOccurrences(of: "\n    ", with: " ")
        #expect(unwrapped.contains("1 need-payoff before any implication; 1 pitch before any explicit need"))
        #expect(text.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 80 })
    }

    @Test func summaryRowsAlignWithChineseNames() throws {
        var first = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        first.rep = "王经理"
        let second = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let text = ReportFixtures.render(.text, [first, second], mode: .summary(detail: false))
        let rows = text.split(separator: "\n").prefix(3).map(String.init)
        #expect(rows.count == 3)
        // The TURNS column ends at the same display column on the header and both rows.
        let ends = try rows.map { row in
            let end = try #require(row.range(of: "TURNS") ?? row.range(of: " 12 "))
            return TerminalText.width(String(row[..<end.upperBound]).replacing(" 12 ", with: " 12"))
        }
        #expect(Set(ends).count == 1)
        #expect(text.contains("Per rep") && text.contains("Trend over time") && text.contains("1 failed"))
    }
}
