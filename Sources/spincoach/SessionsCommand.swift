import ArgumentParser
import Foundation
import SpinCoachKit

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List and show recorded practice calls.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recorded sessions, newest first.")

        @OptionGroup var data: DataOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let (directory, sessions) = try reportingFailure {
                let directory = try data.resolve()
                let store = SessionStore(directory: directory)
                return (directory, try store.list { Console.error("warning: \(terminalSafe($0.description))") })
            }
            for problem in sessions.compactMap(\.problem) {
                Console.error("warning: \(terminalSafe(problem))")
            }
            if json {
                try Console.json(sessions)
                return
            }
            guard !sessions.isEmpty else {
                Console.error("no sessions in \(terminalSafe(directory.path))")
                return
            }
            let rows = sessions.map { session in
                [
                    session.id, localMinute(session.started), session.rep, session.persona, session.language.rawValue,
                    "\(session.turns)", session.isComplete ? (session.outcome?.rawValue ?? "") : "incomplete",
                    session.score.map(String.init) ?? "-",
                ]
            }
            let table = TextTable(
                headers: ["ID", "STARTED", "REP", "PERSONA", "LANG", "TURNS", "OUTCOME", "SCORE"], rows: rows)
            Console.out(terminalSafe(table.render()))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one session, turn by turn.")

        @OptionGroup var data: DataOptions
        @Argument(help: "The session's id (see `spincoach sessions list`).") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let store = SessionStore(directory: try reportingFailure(data.resolve))
            var damage: MalformedLine?
            let record: SessionRecord
            do {
                record = try store.load(id: id)
            } catch SessionStoreError.malformedLine(let malformed) where malformed.readSoFar != nil {
                // Show what the good lines hold, then say where the file goes wrong.
                record = malformed.readSoFar!
                damage = malformed
            } catch let error as SessionStoreError {
                throw failure(error)
            }
            if json {
                try Console.json(record)
            } else {
                Console.out(terminalSafe(Self.render(record)))
            }
            if let damage { throw failure(.malformedLine(damage)) }
        }

        static func render(_ record: SessionRecord) -> String {
            let header = record.header
            let fields = [
                ["session", header.id], ["started", localMinute(header.started)], ["rep", header.rep],
                ["persona", header.persona], ["script", header.script], ["language", header.language.rawValue],
                ["coach", header.coach.rawValue], ["content", header.contentVersion], ["seed", "\(header.seed)"],
            ]
            var lines = [TextTable(headers: fields[0], rows: Array(fields.dropFirst())).render(), ""]
            lines += record.turns.map(line)
            lines.append("")
            if let summary = record.summary {
                lines.append(
                    TextTable(headers: ["outcome", summary.outcome.rawValue], rows: [["score", "\(summary.score)"]])
                        .render())
            } else {
                lines.append("incomplete: the call ended before a summary was written")
            }
            return lines.joined(separator: "\n")
        }

        /// `[stage] speaker: text`, with the classifier's view after a rep's line.
        static func line(_ turn: SessionTurn) -> String {
            var text = "[\(turn.stage)] \(turn.speaker.rawValue): \(turn.text)"
            if turn.speaker == .rep, let label = turn.label {
                text += "  (\(label)" + (turn.confidence.map { String(format: ", %.2f", $0) } ?? "") + ")"
            }
            return text
        }
    }
}

/// Prints a store error the way `check` prints problems, and exits 1.
private func failure(_ error: SessionStoreError) -> ExitCode {
    Console.error("error: \(terminalSafe(error.description))")
    return ExitCode(1)
}

private func reportingFailure<Value>(_ operation: () throws -> Value) throws -> Value {
    do {
        return try operation()
    } catch let error as SessionStoreError {
        throw failure(error)
    }
}

/// `2025-03-14 09:55` in the reader's own time zone: files keep UTC, people read local time.
private func localMinute(_ date: Date) -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
        format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
        parts.minute ?? 0)
}
