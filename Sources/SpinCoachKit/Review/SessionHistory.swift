import Foundation

/// A trainee's finished practice calls over time, from the session index.
public struct HistoryPoint: Encodable, Equatable, Sendable {
    public var id: String
    @EncodedTimestamp public var started: Date
    public var rep: String
    public var persona: String
    @EncodedNull public var outcome: CallOutcome?
    @EncodedNull public var score: Int?
    public var questions: [String: Int]
    /// Implication and need-payoff questions over all SPIN questions.
    @EncodedNull public var laterStageShare: Double?
}

public enum SessionHistory {
    /// Finished sessions, oldest first, optionally for one rep (any case) and from a date on.
    public static func points(from sessions: [SessionListing], rep: String?, since: Date?) -> [HistoryPoint] {
        sessions.filter { session in
            session.isComplete && (rep.map { session.rep.lowercased() == $0.lowercased() } ?? true)
                && (since.map { session.started >= $0 } ?? true)
        }
        .sorted { ($0.started, $0.id) < ($1.started, $1.id) }
        .map { session in
            let questions = session.questions ?? [:]
            let spin = UtteranceLabel.spin.reduce(0) { $0 + (questions[$1.rawValue] ?? 0) }
            let later = (questions["implication"] ?? 0) + (questions["need-payoff"] ?? 0)
            return HistoryPoint(
                id: session.id, started: session.started, rep: session.rep, persona: session.persona,
                outcome: session.outcome, score: session.score, questions: questions,
                laterStageShare: spin == 0 ? nil : Double(later) / Double(spin))
        }
    }

    /// `YYYY-MM-DD`, or any ISO 8601 date and time; a plain date means its start in UTC.
    public static func date(from text: String) -> Date? {
        if let full = SessionTimestamp.date(from: text) { return full }
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts[0].count == 4, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: year, month: month, day: day
        )
        .date
    }

    /// Per rep: sparklines of score and SPIN mix, then one row per call.
    public static func render(_ points: [HistoryPoint], style: ReportStyle) -> String {
        // Reps are told apart regardless of case, as --rep matches them, and shown as last written.
        let reps = points.reduce(into: [String]()) {
            if !$0.contains($1.rep.lowercased()) { $0.append($1.rep.lowercased()) }
        }
        var lines: [String] = []
        for key in reps {
            let mine = points.filter { $0.rep.lowercased() == key }
            let rep = mine.last?.rep ?? key
            if !lines.isEmpty { lines.append("") }
            lines.append(
                style.heading(rep.terminalLine) + ": \(mine.count) "
                    + (mine.count == 1 ? "practice call" : "practice calls")
                    + ", " + ReportNumbers.day(mine.first?.started) + " – " + ReportNumbers.day(mine.last?.started))
            let scores = mine.map { $0.score.map(Double.init) }
            let mixes = mine.map(\.laterStageShare)
            lines += ReportLayout.table([
                [
                    "  score", Glyphs.sparkline(scores),
                    ReportNumbers.decimal(scores.first ?? nil) + " → " + ReportNumbers.decimal(scores.last ?? nil),
                ],
                [
                    "  implication + need-payoff share", Glyphs.sparkline(mixes),
                    ReportNumbers.percent(mixes.first ?? nil) + " → " + ReportNumbers.percent(mixes.last ?? nil),
                ],
            ])
            var rows = [["  DATE", "PERSONA", "SCORE", "S", "P", "I", "N", "I+N", "OUTCOME"]]
            for point in mine {
                rows.append(
                    [
                        "  " + ReportNumbers.day(point.started), point.persona.terminalLine,
                        point.score.map(String.init) ?? "–",
                    ]
                        + UtteranceLabel.spin.map { "\(point.questions[$0.rawValue] ?? 0)" }
                        + [ReportNumbers.percent(point.laterStageShare), point.outcome?.rawValue ?? "–"])
            }
            lines += ReportLayout.table(rows, rightAligned: [2, 3, 4, 5, 6, 7])
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
