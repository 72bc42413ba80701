import Foundation
import GRDB

/// A SQLite summary of every session file in a folder, so listing does not read
/// every file. The `.jsonl` files stay the truth: the index can always be rebuilt from them.
public final class SessionIndex: Sendable {
    public static let fileName = "index.sqlite"

    public let directory: URL
    public let fileURL: URL
    private let pool: DatabasePool

    /// Opens the index in `directory`, creating it (mode 0600) if missing.
    public init(directory: URL) throws {
        self.directory = directory
        fileURL = directory.appending(path: Self.fileName)
        try PrivateFiles.preparePrivateFile(fileURL)
        var configuration = Configuration()
        // A recorder and a `sessions list` may use the index at the same moment.
        configuration.busyMode = .timeout(5)
        do {
            // A pool always runs in WAL mode: readers never wait for the recorder's writes.
            pool = try DatabasePool(path: fileURL.path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw Self.storeError(error, path: fileURL.path)
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("sessions") { db in
            try db.create(table: "sessions") { table in
                table.primaryKey("id", .text)
                table.column("started", .text).notNull().indexed()
                table.column("persona", .text).notNull()
                table.column("script", .text).notNull()
                table.column("language", .text).notNull()
                table.column("rep", .text).notNull()
                table.column("outcome", .text)
                table.column("score", .integer)
                table.column("turns", .integer).notNull()
                table.column("complete", .boolean).notNull()
                table.column("path", .text).notNull()
                table.column("problem", .text)
                table.column("logSize", .integer).notNull()
            }
        }
        migrator.registerMigration("turnCounts") { db in
            try db.alter(table: "sessions") { table in
                table.add(column: "repTurns", .integer).notNull().defaults(to: 0)
                table.add(column: "buyerTurns", .integer).notNull().defaults(to: 0)
            }
            // Rows made before have no counts; the next refresh reads every file again.
            try db.execute(sql: "DELETE FROM sessions")
        }
        // Question counts came later; emptying the table makes the next refresh read every file again.
        migrator.registerMigration("questions") { db in
            try db.alter(table: "sessions") { table in table.add(column: "questions", .text) }
            try db.execute(sql: "DELETE FROM sessions")
        }
        return migrator
    }

    /// Inserts or replaces the row for `info.id`.
    public func save(_ info: SessionListing) throws {
        try access { try pool.write { db in try Self.save(info, in: db) } }
    }

    /// Every indexed session, newest first.
    public func sessions() throws -> [SessionListing] {
        try access {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM sessions ORDER BY started DESC, id DESC").map(Self.info)
            }
        }
    }

    /// `wal` when the index runs in write-ahead-log mode, as it always should.
    public func journalMode() throws -> String {
        try access { try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" } }
    }

    /// Replaces every row with what the session files say. Returns the files that
    /// could not be indexed at all; a file with a bad line is indexed up to that line.
    @discardableResult
    public func rebuild() throws -> [SessionStoreError] {
        try refresh(everything: true)
    }

    /// Re-reads only the files that changed since they were indexed, and drops rows whose file is gone.
    @discardableResult
    func refresh(everything: Bool = false) throws -> [SessionStoreError] {
        var problems: [SessionStoreError] = []
        let files = try SessionFileList.list(in: directory, problems: &problems)
        // What each row was made from; a row for a file that has since grown or moved is made again.
        let indexed = try access {
            try pool.read { db in
                try Dictionary(
                    Row.fetchAll(db, sql: "SELECT id, logSize, path FROM sessions").map { row in
                        let source = IndexedSource(
                            size: try row.decode(forColumn: "logSize"), path: try row.decode(forColumn: "path"))
                        return (try row.decode(String.self, forColumn: "id"), source)
                    }, uniquingKeysWith: { first, _ in first })
            }
        }
        var keep = Set<String>()
        var fresh: [SessionListing] = []
        for file in files {
            if !everything, indexed[file.id] == IndexedSource(size: file.size, path: file.url.path) {
                keep.insert(file.id)
                continue
            }
            do {
                fresh.append(try file.info())
                keep.insert(file.id)
            } catch {
                problems.append(error)
            }
        }
        let gone = Set(indexed.keys).subtracting(keep)
        if !fresh.isEmpty || !gone.isEmpty {
            try access {
                try pool.write { db in
                    for id in gone { try db.execute(sql: "DELETE FROM sessions WHERE id = ?", arguments: [id]) }
                    for info in fresh { try Self.save(info, in: db) }
                }
            }
        }
        return problems
    }

    private struct IndexedSource: Equatable {
        var size: Int
        var path: String
    }

    /// Removes the index and its WAL files, for a fresh start after damage.
    static func removeFiles(in directory: URL) throws {
        for suffix in ["", "-wal", "-shm"] {
            let url = directory.appending(path: fileName + suffix)
            do {
                try FileManager.default.removeItem(at: url)
            } catch CocoaError.fileNoSuchFile {
                continue
            } catch {
                throw SessionStoreError.unwritableFile(path: url.path, reason: JSONLogFile.describe(error))
            }
        }
    }
}
