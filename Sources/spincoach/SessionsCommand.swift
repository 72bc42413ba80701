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
        static let configuration = CommandConfiguration(
            abstract: "List recorded sessions, newest first.",
            discussion: """
                TURNS counts the lines the rep and the buyer said (rep/buyer), not coach lines, \
                notes or what was undone. RESULT is the outcome and the score out of 100.
                """)

        @OptionGroup var data: DataOptions
        @Option(help: "Only sessions by this rep.") var rep: String?
        @Option(help: "Only sessions with this persona.") var persona: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let directory = try data.resolveOrFail()
            let store = SessionStore(directory: directory)
            let all = try storeOperation {
                try store.list { Problems.engine.emit(.warning, $0.description) }
            }
            Problems.engine.emit(all.compactMap(\.problem).map { Diagnostic(severity: .warning, message: $0) })
            let sessions = all.filter { (rep == nil || $0.rep == rep) && (persona == nil || $0.persona == persona) }
            if json {
                try Console.json(sessions)
                return
            }
            guard !sessions.isEmpty else {
                Console.note(
                    all.isEmpty
                        ? "no sessions in \(directory.path)"
                        : "no sessions match (\(Count.of(all.count, "session")) in all)")
                return
            }
            let rows = sessions.map { session in
                [
                    session.id, localMinute(session.started), session.rep, session.persona,
                    "\(session.repTurns)/\(session.buyerTurns)", result(session),
                ]
            }
            Console.show(TextTable(headers: ["ID", "STARTED", "REP", "PERSONA", "TURNS", "RESULT"], rows: rows))
        }

        private func result(_ session: SessionListing) -> String {
            guard session.isComplete, let outcome = session.outcome else { return "incomplete" }
            return "\(outcome.rawValue) \(session.score.map(String.init) ?? "-")"
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one session: its details, the whole transcript and the scorecard.")

        @OptionGroup var data: DataOptions
        @OptionGroup var content: ContentOptions
        @Argument(help: "The session's id, the start of one (see `spincoach sessions list`), or `latest`.")
        var id: String
        @Flag(help: "Print JSON.") var json = false
        @Flag(help: "After each buyer turn, say why the buyer answered as it did.") var explain = false

        func run() throws {
            let store = SessionStore(directory: try data.resolveOrFail())
            var damage: MalformedLine?
            let record: LoadedSession
            do {
                record = try store.load(id: try store.resolve(id))
            } catch SessionStoreError.malformedLine(let malformed) where malformed.readSoFar != nil {
                // Show what the good lines hold, then say where the file goes wrong.
                record = malformed.readSoFar!
                damage = malformed
            } catch let error as SessionStoreError {
                throw CommandFailure(error.description)
            }
            if json {
                try Console.json(record)
            } else {
                // The scorecard's labels come from the glossary, which is read with the scripts.
                let terms = content.loadLibrary([]).terms(for: record.header.language)
                Console.out(
                    SessionReport(record: record, terms: terms, explain: explain).render(width: Console.width()))
            }
            if let damage { Problems.engine.emit(.error, damage.description) }
        }
    }
}

/// Runs a store operation, turning its errors into run-time failures.
func storeOperation<Value>(_ operation: () throws -> Value) throws -> Value {
    do {
        return try operation()
    } catch let error as SessionStoreError {
        throw CommandFailure(error.description)
    }
}

extension DataOptions {
    /// The data folder, or a run-time failure saying why there is none.
    func resolveOrFail() throws -> URL {
        try storeOperation(resolve)
    }
}

/// `2025-03-14 09:55` in the reader's own time zone: files keep UTC, people read local time.
func localMinute(_ date: Date) -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
        format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
        parts.minute ?? 0)
}
