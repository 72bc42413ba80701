import Foundation
import GRDB

// How a SessionListing maps to a row of the `sessions` table, and how database
// errors become store errors.
extension SessionIndex {
    static func save(_ info: SessionListing, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO sessions
                    (id, started, persona, script, language, rep, outcome, score, questions, turns, repTurns,
                     buyerTurns, complete, path, problem, logSize)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                info.id, SessionTimestamp.string(from: info.started), info.persona, info.script,
                info.language.rawValue, info.rep, info.outcome?.rawValue, info.score, questionsText(info.questions),
                info.turns, info.repTurns, info.buyerTurns, info.isComplete,
                info.path, info.problem, info.logSize,
            ])
    }

    static func info(_ row: Row) throws -> SessionListing {
        let id: String = try row.decode(forColumn: "id")
        func parsed<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value {
            let text: String = try row.decode(forColumn: column)
            guard let value = parse(text) else { throw DamagedRow(id: id, column: column, value: text) }
            return value
        }
        let outcomeText: String? = try row.decode(forColumn: "outcome")
        let outcome = try outcomeText.map { text in
            guard let outcome = CallOutcome(rawValue: text) else {
                throw DamagedRow(id: id, column: "outcome", value: text)
            }
            return outcome
        }
        return SessionListing(
            id: id, started: try parsed("started", SessionTimestamp.date(from:)),
            persona: try row.decode(forColumn: "persona"),
            script: try row.decode(forColumn: "script"),
            language: try parsed("language", ContentLanguage.init(rawValue:)),
            rep: try row.decode(forColumn: "rep"), outcome: outcome, score: try row.decode(forColumn: "score"),
            questions: try questions(row, id: id),
            turns: try row.decode(forColumn: "turns"), repTurns: try row.decode(forColumn: "repTurns"),
            buyerTurns: try row.decode(forColumn: "buyerTurns"), isComplete: try row.decode(forColumn: "complete"),
            path: try row.decode(forColumn: "path"), problem: try row.decode(forColumn: "problem"),
            logSize: try row.decode(forColumn: "logSize"))
    }

    /// Question counts are kept as a small JSON object in one column.
    static func questionsText(_ questions: [String: Int]?) -> String? {
        guard let questions, let data = try? JSONEncoder().encode(questions) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func questions(_ row: Row, id: String) throws -> [String: Int]? {
        guard let text: String = try row.decode(forColumn: "questions") else { return nil }
        guard let counts = try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8)) else {
            throw DamagedRow(id: id, column: "questions", value: text)
        }
        return counts
    }

    /// Runs a database operation, turning its errors into store errors that say whether a rebuild would help.
    func access<Value>(_ operation: () throws -> Value) throws -> Value {
        do {
            return try operation()
        } catch let error as SessionStoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: fileURL.path)
        }
    }

    static func storeError(_ error: Error, path: String) -> SessionStoreError {
        if let error = error as? SessionStoreError { return error }
        if let error = error as? DatabaseError {
            let damaged = error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
            let reason = error.message ?? "\(error.resultCode)"
            return damaged ? .indexCorrupt(path: path, reason: reason) : .indexUnavailable(path: path, reason: reason)
        }
        // Anything else came from decoding a row: the index holds values SpinCoach never writes.
        return .indexCorrupt(path: path, reason: "\(error)")
    }
}

/// A row holding a value SpinCoach never writes.
struct DamagedRow: Error, CustomStringConvertible {
    var id: String
    var column: String
    var value: String

    var description: String { "session \(id): '\(value)' is not a valid \(column)" }
}
