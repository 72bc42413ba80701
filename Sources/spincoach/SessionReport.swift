import Foundation
import SpinCoachKit

/// A saved session as a coach reads it: its details, every turn numbered (what was
/// undone marked, not hidden) and the whole scorecard.
struct SessionReport {
    var record: LoadedSession
    /// The labels of the session's language, from the content's glossary.
    var terms: Terms
    /// Whether each buyer turn is followed by why the buyer answered as it did.
    var explain = false

    func render(width: Int) -> String {
        let header = record.header
        let details = [
            ["started", localMinute(header.started)], ["rep", header.rep], ["persona", header.persona],
            ["script", header.script], ["language", header.language.rawValue], ["coach", header.coach.rawValue],
            ["content", header.contentVersion], ["seed", "\(header.seed)"],
        ]
        var blocks = [
            "session \(header.id)\n" + TextLayout.table(TextTable(rows: details, indent: 2), width: width),
            "transcript\n" + TextLayout.table(TextTable(rows: transcriptRows(), indent: 2), width: width),
        ]
        if let summary = record.summary {
            blocks.append(scorecard(summary, width: width))
        } else {
            blocks.append(TextLayout.wrap("incomplete: the call ended before a summary was written", width: width))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Turn number, speaker and text, with the classifier's view after a rep's line and
    /// a row naming the stage wherever it changes.
    func transcriptRows() -> [[String]] {
        let undone = Set(record.undone.map(\.index))
        var rows: [[String]] = []
        var stage: String?
        for turn in record.transcript {
            if turn.stage != stage, turn.speaker != .note {
                rows.append(["", "", "[\(turn.stage)]"])
                stage = turn.stage
            }
            var text = turn.text
            if turn.speaker == .rep, let label = turn.label {
                text += "  (\(label)" + (turn.confidence.map { String(format: ", %.2f", $0) } ?? "") + ")"
            }
            if undone.contains(turn.index) { text = "(undone) " + text }
            rows.append(["\(turn.index)", turn.speaker.rawValue, text])
            if explain, turn.speaker == .buyer, let reason = turn.reason {
                let why = record.header.language.text("why: ", "原因：")
                rows.append(["", "", why + reason.summary(terms: terms)])
            }
        }
        return rows
    }

    /// The saved scorecard in the call's language, or its fields as saved when this
    /// version cannot read them as a scorecard.
    func scorecard(_ summary: SessionSummary, width: Int) -> String {
        let outcome = "outcome \(summary.outcome.rawValue), score \(summary.score)/100"
        if let card = try? JSONDecoder().decode(Scorecard.self, from: JSONEncoder().encode(summary.scorecard)) {
            return ScorecardReport(scorecard: card, terms: terms).render(width: width)
        }
        let fields = summary.scorecard.keys.sorted().map { [$0, Self.text(summary.scorecard[$0]!)] }
        return TextLayout.wrap(outcome, width: width) + "\n"
            + TextLayout.table(TextTable(rows: fields, indent: 2), width: width)
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: "-"
        case .bool(let flag): flag ? "yes" : "no"
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let string): string
        case .array(let items): items.map(text).joined(separator: "\n")
        case .object(let members): members.keys.sorted().map { "\($0): \(text(members[$0]!))" }.joined(separator: ", ")
        }
    }
}
