import Foundation

/// JSON described by `docs/review.schema.json` (its `schemaVersion` changes whenever a
/// field changes meaning or goes away). Streamed: each call is one compact line of the
/// `calls` array, written as soon as it is reviewed; the totals come last.
struct JSONReportWriter: ReviewReportWriter {
    static let schemaVersion = 1

    let mode: ReviewMode
    private var written = 0

    init(mode: ReviewMode) {
        self.mode = mode
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    private static func encoded(_ value: some Encodable) -> String {
        // Every type encoded here is plain data, which JSONEncoder cannot fail on.
        (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    mutating func begin() -> String {
        let modeName = mode == .single ? "single" : "summary"
        return "{\"schema\":\"spincoach-review\",\"schemaVersion\":\(Self.schemaVersion),\"mode\":\"\(modeName)\","
            + "\"calls\":[\n"
    }

    private struct CallEntry: Encodable {
        var path: String
        var summary: CallSummaryRow
        var review: CallReview
    }

    mutating func call(_ review: CallReview, path: String) -> String {
        defer { written += 1 }
        let entry = CallEntry(path: path, summary: CallSummaryRow(review, file: path), review: review)
        return (written == 0 ? "" : ",\n") + Self.encoded(entry)
    }

    private struct TallyEntry: Encodable {
        var calls: Int
        var questions: Int
        var spin: [String: Int]
        var questionsPerCall: Double?
        var laterStageShare: Double?
        var talkShare: Double?
        var score: Double?
        var prematurePitches: Int
        var prematureNeedPayoffs: Int

        init(_ tally: CallTally) {
            calls = tally.calls
            questions = tally.questions
            spin = tally.spin
            questionsPerCall = tally.questionsPerCall
            laterStageShare = tally.laterStageShare
            talkShare = tally.talkShare
            score = tally.score
            prematurePitches = tally.prematurePitches
            prematureNeedPayoffs = tally.prematureNeedPayoffs
        }
    }

    private struct RepEntry: Encodable {
        var rep: String
        var tally: TallyEntry
    }

    private struct TrendEntry: Encodable {
        var from: Date
        var to: Date
        var tally: TallyEntry
    }

    private struct Totals: Encodable {
        var all: TallyEntry
        var utterances: Int
        var undated: Int
        var failed: Int
        var perRep: [RepEntry]
        var trend: [TrendEntry]
    }

    private struct Failure: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var message: String
    }

    mutating func end(totals: ReviewTotals, failures: [TranscriptProblem], failureCount: Int) -> String {
        let summary = Totals(
            all: TallyEntry(totals.all), utterances: totals.utterances, undated: totals.undated, failed: failureCount,
            perRep: totals.repAggregates.map { RepEntry(rep: $0.rep, tally: TallyEntry($0.tally)) },
            trend: totals.trend().map { TrendEntry(from: $0.from, to: $0.to, tally: TallyEntry($0.tally)) })
        let listed = failures.map { Failure(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
        return (written == 0 ? "" : "\n") + "],\"totals\":" + Self.encoded(summary) + ",\"failures\":"
            + Self.encoded(listed) + "}\n"
    }
}
