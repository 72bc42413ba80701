import Testing

@testable import SpinCoachKit

@Suite struct MarkdownReportWriterTests {
    @Test func transcriptTextCannotBecomeMarkup() throws {
        let review = try ReviewSupport.reviewer.review(ReportFixtures.hostile)
        let markdown = ReportFixtures.render(.markdown, [review], mode: .single)
        #expect(!markdown.contains("<script>") && !markdown.contains("<b>") && !markdown.contains("\u{1B}"))
        #expect(markdown.contains("Eve &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains("\\| \\*now\\* &amp; \\[link\\](javascript:x) &amp;lt;raw&amp;gt;"))
        // Every table row keeps its column count: no cell's text adds a `|`.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.replacing("\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            #expect([4, 5, 6].contains(cells - 1), "\(line)")
        }
    }

    @Test func summaryHasTablesForCallsRepsAndTrend() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let markdown = ReportFixtures.render(.markdown, [review, review], mode: .summary(detail: false))
        #expect(markdown.hasPrefix("# Call reviews\n\n| File | Date | Rep |"))
        #expect(markdown.contains("## Per rep") && markdown.contains("## Trend over time"))
        #expect(markdown.contains("| Sam | 2 | 4.0 |"))
    }
}
