import Testing

@testable import SpinCoachKit

@Suite struct ConversationMetricsTests {
    func values(_ review: CallReview) -> [String: Double?] {
        Dictionary(uniqueKeysWithValues: review.metrics.map { ($0.id, $0.value) })
    }

    /// Every measure of the discovery call, worked out by hand from its cue times.
    @Test func timedCall() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let measured = values(review)
        #expect(measured["talk-share"] == 0.383)  // 23 s of rep speech in 60 s
        #expect(measured["longest-rep-monologue"] == 4)
        #expect(measured["longest-buyer-story"] == 19)
        #expect(measured["interactivity"] == 9.167)  // 11 switches in 1.2 minutes
        #expect(measured["patience"] == 1)  // pauses of 1, 1, 1, 1 and 2 s
        #expect(measured["question-rate"] == 3.333)
        #expect(measured["questions-per-call"] == 4)
        #expect(measured["question-share"] == 0.667)
        #expect(review.metric("talk-share")?.verdict == .within)
        #expect(review.metric("questions-per-call")?.verdict == .below)
        #expect(review.metric("longest-buyer-story")?.reference == References.buyerStory)
        #expect(review.metric("talk-share")?.basis == "time")
    }

    @Test func untimedCallMeasuresWords() throws {
        let review = try ReviewSupport.reviewer.review(
            ReviewSupport.transcript([
                ("Sam", "How many lines do you run?", nil, nil), ("Ana", "Four lines with two shifts each.", nil, nil),
            ]))
        let measured = values(review)
        #expect(measured["talk-share"] == 0.5)  // six words each
        #expect(review.metric("talk-share")?.basis == "words")
        #expect(measured["interactivity"] == .some(nil) && measured["patience"] == .some(nil))
        #expect(review.metric("longest-buyer-story")?.reference == nil)
        #expect(review.metric("talk-share")?.verdict == .above)
    }

    @Test func patienceIsTheMedianPause() {
        func turn(_ side: Side, _ start: Double, _ end: Double) -> ReviewedTurn {
            ReviewedTurn(
                index: 0, speaker: side.rawValue, side: side, text: "x", start: start, end: end, line: 1, words: 1)
        }
        let turns = [
            turn(.buyer, 0, 2), turn(.rep, 5, 6), turn(.buyer, 6, 8), turn(.rep, 7, 9), turn(.buyer, 9, 10),
            turn(.rep, 11, 12),
        ]
        // Pauses of 3, -1 (an overlap, counted as 0) and 1.
        #expect(ConversationMetrics.patience(turns) == 1)
    }

    @Test func wordsCountChineseCharacters() {
        #expect(WordCount.count("We need fewer stops, don't we?") == 6)
        #expect(WordCount.count("我们需要 less 停机") == 7)
    }
}
