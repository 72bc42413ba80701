/// The conversation measures, defined in the README. Talk is measured by time when
/// every utterance is timed, else by words (Chinese in characters).
enum ConversationMetrics {
    static func timing(of turns: [ReviewedTurn]) -> Timing {
        if turns.allSatisfy({ $0.start != nil && $0.end != nil }) { return .full }
        return turns.allSatisfy({ $0.start != nil }) ? .starts : .none
    }

    /// From the first start to the last end (or start); nil for an untimed or instant call.
    static func duration(of turns: [ReviewedTurn]) -> Double? {
        let starts = turns.compactMap(\.start)
        guard let first = starts.min() else { return nil }
        let last = turns.compactMap { $0.end ?? $0.start }.max() ?? first
        return last > first ? last - first : nil
    }

    /// How much a turn counts for: seconds when fully timed, else words.
    private static func amount(_ turn: ReviewedTurn, timing: Timing) -> Double {
        timing == .full ? max(0, (turn.end ?? 0) - (turn.start ?? 0)) : Double(turn.words)
    }

    static func measure(_ turns: [ReviewedTurn], questions: Int, timing: Timing, duration: Double?) -> [Metric] {
        let basis = timing == .full ? "time" : "words"
        let unit: MetricUnit = timing == .full ? .seconds : .words
        let minutes = duration.map { $0 / 60 }
        let rep = turns.filter { $0.side == .rep }
        let buyer = turns.filter { $0.side == .buyer }
        let repAmount = rep.reduce(0) { $0 + amount($1, timing: timing) }
        let buyerAmount = buyer.reduce(0) { $0 + amount($1, timing: timing) }
        let talkShare = repAmount + buyerAmount > 0 ? repAmount / (repAmount + buyerAmount) : nil
        let longestRep = rep.map { amount($0, timing: timing) }.max()
        let longestBuyer = buyer.map { amount($0, timing: timing) }.max()
        let switches = zip(turns, turns.dropFirst()).filter { pair in
            pair.0.side != nil && pair.1.side != nil && pair.0.side != pair.1.side
        }.count
        let storyReference = timing == .full ? References.buyerStory : nil
        return [
            metric("talk-share", talkShare, .share, basis, References.talkShare),
            metric("longest-rep-monologue", longestRep, unit, basis, nil),
            metric("longest-buyer-story", longestBuyer, unit, basis, storyReference),
            metric("interactivity", minutes.map { Double(switches) / $0 }, .perMinute, nil, nil),
            metric("patience", timing == .full ? patience(turns) : nil, .seconds, nil, nil),
            metric("question-rate", minutes.map { Double(questions) / $0 }, .perMinute, nil, nil),
            metric("questions-per-call", Double(questions), .count, nil, References.questionsPerCall),
            metric(
                "question-share", rep.isEmpty ? nil : Double(questions) / Double(rep.count), .share, nil,
                References.questionShare),
        ]
    }

    private static func metric(
        _ id: String, _ value: Double?, _ unit: MetricUnit, _ basis: String?, _ reference: Reference?
    ) -> Metric {
        let rounded = value.map { ($0 * 1000).rounded() / 1000 }
        return Metric(
            id: id, value: rounded, unit: unit, basis: basis, reference: reference,
            verdict: References.verdict(rounded, reference))
    }

    /// The median pause between the end of a buyer's turn and the start of the rep's reply
    /// (overlaps count as 0); nil when the rep never follows the buyer.
    static func patience(_ turns: [ReviewedTurn]) -> Double? {
        var pauses: [Double] = []
        for (previous, next) in zip(turns, turns.dropFirst()) where previous.side == .buyer && next.side == .rep {
            guard let end = previous.end, let start = next.start else { continue }
            pauses.append(max(0, start - end))
        }
        guard !pauses.isEmpty else { return nil }
        pauses.sort()
        let middle = pauses.count / 2
        return pauses.count.isMultiple(of: 2) ? (pauses[middle - 1] + pauses[middle]) / 2 : pauses[middle]
    }
}
