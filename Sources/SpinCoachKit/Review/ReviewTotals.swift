import Foundation

/// One call's line in a multi-call summary.
public struct CallSummaryRow: Codable, Equatable, Sendable {
    public var file: String
    public var date: Date?
    public var rep: String
    public var buyers: [String]
    public var turns: Int
    public var duration: Double?
    public var questions: Int
    public var spin: [String: Int]
    public var talkShare: Double?
    public var score: Int?
    public var outcome: CallOutcome?

    public init(_ review: CallReview, file: String) {
        self.file = file
        date = review.date
        rep = review.rep
        buyers = review.speakers.filter { $0.side == .buyer }.map(\.name)
        turns = review.turns.count
        duration = review.duration
        questions = review.questions.total
        spin = review.questions.spin
        talkShare = review.metric("talk-share")?.value
        score = review.practice?.score
        outcome = review.practice?.outcome
    }
}

/// Running sums for a group of calls; its size never depends on how many calls were added.
public struct CallTally: Codable, Equatable, Sendable {
    public var calls = 0
    public var questions = 0
    public var spin: [String: Int] = [:]
    var talkShareSum = 0.0
    var talkShareCount = 0
    var scoreSum = 0
    var scoreCount = 0
    public var prematurePitches = 0
    public var prematureNeedPayoffs = 0

    mutating func add(_ review: CallReview) {
        calls += 1
        questions += review.questions.total
        spin.merge(review.questions.spin, uniquingKeysWith: +)
        if let share = review.metric("talk-share")?.value {
            talkShareSum += share
            talkShareCount += 1
        }
        if let score = review.practice?.score {
            scoreSum += score
            scoreCount += 1
        }
        prematurePitches += review.questions.prematurePitches.count
        prematureNeedPayoffs += review.questions.prematureNeedPayoffs.count
    }

    mutating func add(_ other: CallTally) {
        calls += other.calls
        questions += other.questions
        spin.merge(other.spin, uniquingKeysWith: +)
        talkShareSum += other.talkShareSum
        talkShareCount += other.talkShareCount
        scoreSum += other.scoreSum
        scoreCount += other.scoreCount
        prematurePitches += other.prematurePitches
        prematureNeedPayoffs += other.prematureNeedPayoffs
    }

    public var questionsPerCall: Double? { calls == 0 ? nil : Double(questions) / Double(calls) }
    public var talkShare: Double? { talkShareCount == 0 ? nil : talkShareSum / Double(talkShareCount) }
    public var score: Double? { scoreCount == 0 ? nil : Double(scoreSum) / Double(scoreCount) }

    /// Implication and need-payoff questions over all SPIN questions.
    public var laterStageShare: Double? {
        let total = UtteranceLabel.spin.reduce(0) { $0 + (spin[$1.rawValue] ?? 0) }
        guard total > 0 else { return nil }
        return Double((spin["implication"] ?? 0) + (spin["need-payoff"] ?? 0)) / Double(total)
    }
}

public struct RepAggregate: Equatable, Sendable {
    public var rep: String
    public var tally: CallTally
}

public struct TrendPoint: Equatable, Sendable {
    public var from: Date
    public var to: Date
    public var tally: CallTally
}

/// What a multi-call review adds up as it streams: per rep, and per day for the trend.
/// It grows with the number of reps and of distinct days, never with the number of files.
public struct ReviewTotals: Sendable {
    public private(set) var all = CallTally()
    public private(set) var utterances = 0
    public private(set) var undated = 0
    private var reps: [String: CallTally] = [:]
    private var days: [Int: CallTally] = [:]

    public init() {}

    public mutating func add(_ review: CallReview) {
        all.add(review)
        utterances += review.turns.count
        reps[review.rep, default: CallTally()].add(review)
        if let date = review.date {
            days[Int((date.timeIntervalSince1970 / 86_400).rounded(.down)), default: CallTally()].add(review)
        } else {
            undated += 1
        }
    }

    public var repAggregates: [RepAggregate] {
        reps.keys.sorted().map { RepAggregate(rep: $0, tally: reps[$0]!) }
    }

    /// Dated calls in at most `points` groups of consecutive days, oldest first.
    public func trend(points: Int = 12) -> [TrendPoint] {
        let sorted = days.keys.sorted()
        guard !sorted.isEmpty, points > 0 else { return [] }
        let groups = min(points, sorted.count)
        return (0..<groups).map { group in
            let slice = sorted[(group * sorted.count / groups)..<((group + 1) * sorted.count / groups)]
            var tally = CallTally()
            for day in slice { tally.add(days[day]!) }
            return TrendPoint(
                from: Date(timeIntervalSince1970: Double(slice.first!) * 86_400),
                to: Date(timeIntervalSince1970: Double(slice.last!) * 86_400), tally: tally)
        }
    }
}
