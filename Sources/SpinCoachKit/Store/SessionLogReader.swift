import Foundation

/// Reads a session file line by line, checking that it tells a coherent story:
/// a header first, numbered turns, at most one summary and nothing after it.
enum SessionLogReader {
    static func read(_ url: URL, expectedID: String?) throws(SessionStoreError) -> LoadedSession {
        let data: Data
        do {
            data = try JSONLogFile.data(of: url)
        } catch {
            throw .unreadableFile(path: url.path, reason: error.message)
        }
        return try parse(data, file: url.path, expectedID: expectedID)
    }

    static func parse(_ data: Data, file: String, expectedID: String?) throws(SessionStoreError) -> LoadedSession {
        let lines = JSONLogFile.lines(of: data)
        var header: SessionHeader?
        var ledger = TurnLedger()
        var summary: SessionSummary?

        func failure(_ lineNumber: Int, _ problem: String) -> SessionStoreError {
            let readSoFar = header.map {
                LoadedSession(header: $0, turns: ledger.liveTurns, undone: ledger.undoneTurns, summary: summary)
            }
            return .malformedLine(MalformedLine(file: file, line: lineNumber, problem: problem, readSoFar: readSoFar))
        }

        guard !lines.isEmpty else { throw failure(1, "the file is empty; a session starts with a header line") }
        for (offset, bytes) in lines.enumerated() {
            let lineNumber = offset + 1
            guard bytes.contains(where: { !Self.isSpace($0) }) else { throw failure(lineNumber, "empty line") }
            if summary != nil { throw failure(lineNumber, "nothing may follow the summary line") }
            let line: SessionLogLine
            switch SessionLogLine.decode(bytes) {
            case .success(let decoded): line = decoded
            case .failure(let problem): throw failure(lineNumber, problem.message)
            }
            switch (line, header) {
            case (.header(let read), nil):
                if let expectedID, read.id != expectedID {
                    throw failure(
                        lineNumber, "field 'id': '\(read.id)' does not match the file name \(expectedID).jsonl")
                }
                header = read
            case (_, nil):
                throw failure(lineNumber, "the first line must be the header")
            case (.header, _):
                throw failure(lineNumber, "a second header line")
            case (.turn(let turn), _):
                if let problem = ledger.add(turn) { throw failure(lineNumber, problem) }
            case (.summary(let read), _):
                summary = read
            }
        }
        // The guard above ensures line 1 was read, and a non-header line 1 has already thrown.
        return LoadedSession(header: header!, turns: ledger.liveTurns, undone: ledger.undoneTurns, summary: summary)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
