import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct HTMLReportWriterTests {
    @Test func hostileStringsAreEscaped() throws {
        let review = try ReviewSupport.reviewer.review(ReportFixtures.hostile)
        for mode in [ReviewMode.single, .summary(detail: true)] {
            let html = ReportFixtures.render(.html, [review], mode: mode)
            #expect(!html.contains("<script"))
            #expect(!html.contains("<b>"))
            #expect(html.contains("Eve &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&lt;/svg&gt;&lt;script&gt;x()&lt;/script&gt;"))
            // An ampersand from the transcript stays an ampersand; `&lt;` typed in it is shown as typed.
            #expect(html.contains("&amp;lt;raw&amp;gt;"))
            #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}"))
            // Every <svg> the report opens is one it closes: no `</svg>` came from the transcript.
            #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
            // Quotes in attribute values (the SVG labels) cannot end the attribute.
            #expect(!html.contains("aria-label=\"How many \""))
        }
    }

    @Test func attributeValuesAreEscaped() {
        #expect(SafeHTML.attributeValue("a\"b' <c> & d") == "a&quot;b&#39; &lt;c&gt; &amp; d")
    }

    @Test func selfContainedPage() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let html = ReportFixtures.render(.html, [review], mode: .single)
        #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"))
        #expect(
            !html.contains("<script") && !html.contains("<link") && !html.contains("src=") && !html.contains("@import"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)  // timeline, talk bars, SPIN mix
        #expect(html.contains("<rect") && html.contains("class=\"rep\"") && html.contains("class=\"buyer\""))
        #expect(html.hasSuffix("</main></body></html>\n"))
    }
}
