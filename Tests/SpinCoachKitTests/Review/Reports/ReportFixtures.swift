import Foundation

@testable import SpinCoachKit

enum ReportFixtures {
    /// A call whose names and words try to break out of every format.
    static let hostile = ReviewSupport.transcript([
        (
            "Eve <script>alert(1)</script>",
            "How many \"lines\" & 'shifts' do you run?</svg><script>x()</script>\u{1B}[2J", 0, 3
        ),
        ("Bob \u{1B}]0;pwned\u{07}", "We need <b>fewer</b> stops | *now* & [link](javascript:x) &lt;raw&gt;", 4, 9),
        ("Eve <script>alert(1)</script>", "What does a stop cost you?\u{202E}", 10, 12),
    ])

    static func render(_ format: ReviewFormat, _ reviews: [CallReview], mode: ReviewMode, colour: Bool = false)
        -> String
    {
        var writer = ReviewReports.writer(
            format, mode: mode, language: .english, style: ReportStyle(colour: colour, width: 80),
            glossaries: Bundled.library.glossaries)
        var totals = ReviewTotals()
        var output = writer.begin()
        for review in reviews {
            totals.add(review)
            output += writer.call(review, path: review.file)
        }
        let failure = TranscriptProblem(file: "bad <b>.vtt", line: 3, column: 2, message: "not a WebVTT file")
        return output + writer.end(totals: totals, failures: [failure], failureCount: 1)
    }
}
