import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one practice call to `<directory>/<id>.jsonl` as it happens: each line
/// reaches the OS before `append` returns, so a call cut short keeps every turn
/// written. Lines are only ever added; an undo is a note, never an edit.
public final class SessionRecorder {
    public let header: SessionHeader
    public let fileURL: URL
    public private(set) var isFinished = false
    /// The first failure to update the index. Recording carries on regardless: the
    /// file is the truth, and the next `SessionStore.list()` brings the index up to date.
    public private(set) var indexError: SessionStoreError?

    /// The index the next turn must carry.
    public var nextTurnIndex: Int { ledger.nextIndex }

    private var descriptor: Int32
    private var ledger = TurnLedger()
    private var summary: SessionSummary?
    private var bytesWritten = 0
    private var index: SessionIndex?

    /// Creates the folder (0700) and the session file (0600), and writes the header.
    /// Throws `sessionExists` rather than touch an earlier session with the same id.
    public init(directory: URL, header: SessionHeader) throws {
        guard SessionID.isValid(header.id) else { throw SessionStoreError.invalidID(header.id) }
        self.header = header
        fileURL = SessionFileList.url(for: header.id, in: directory)
        try PrivateFiles.prepareDirectory(directory)
        let headerLine = try Self.line(for: header, path: fileURL.path)
        descriptor = try PrivateFiles.createNewFile(fileURL)
        do {
            try write(headerLine)
        } catch {
            // A session file without its header would only confuse readers.
            close(descriptor)
            descriptor = -1
            unlink(fileURL.path)
            throw error
        }
        do {
            index = try SessionIndex(directory: directory)
        } catch {
            indexError = SessionIndex.storeError(error, path: directory.appending(path: SessionIndex.fileName).path)
        }
        updateIndex()
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Writes one turn; its `index` must be `nextTurnIndex`. An undo note
    /// (`SessionTurn.undoNote`) takes back earlier turns, and readers then leave them out.
    public func append(_ turn: SessionTurn) throws {
        guard !isFinished else { throw SessionStoreError.alreadyFinished(path: fileURL.path) }
        guard turn.index == nextTurnIndex else {
            throw SessionStoreError.turnOutOfOrder(path: fileURL.path, expected: nextTurnIndex, got: turn.index)
        }
        if let retracts = turn.retracts, let problem = ledger.retractionProblem(retracts) {
            throw SessionStoreError.invalidRetraction(path: fileURL.path, problem: problem)
        }
        var updated = ledger
        if let problem = updated.add(turn) {
            throw SessionStoreError.invalidRecord(path: fileURL.path, problem: problem)
        }
        try write(try Self.line(for: turn, path: fileURL.path))
        ledger = updated
        updateIndex()
    }

    /// Writes the summary line and closes the file; nothing can be added after.
    public func finish(_ summary: SessionSummary) throws {
        guard !isFinished else { throw SessionStoreError.alreadyFinished(path: fileURL.path) }
        try write(try Self.line(for: summary, path: fileURL.path))
        self.summary = summary
        isFinished = true
        close(descriptor)
        descriptor = -1
        updateIndex()
    }

    /// Encodes a record, refusing one that would not read back (a score of 140, say).
    private static func line(for record: some Encodable, path: String) throws -> Data {
        let data = try SessionLogLine.encode(record)
        if case .failure(let problem) = SessionLogLine.decode(data) {
            throw SessionStoreError.invalidRecord(path: path, problem: problem.message)
        }
        return data + Data("\n".utf8)
    }

    private func write(_ line: Data) throws {
        try PrivateFiles.append(line, to: descriptor, path: fileURL.path)
        bytesWritten += line.count
    }

    private func updateIndex() {
        guard let index, indexError == nil else { return }
        let record = LoadedSession(header: header, turns: ledger.liveTurns, summary: summary)
        do {
            try index.save(SessionListing(record: record, path: fileURL.path, logSize: bytesWritten))
        } catch {
            indexError = SessionIndex.storeError(error, path: index.fileURL.path)
        }
    }
}
