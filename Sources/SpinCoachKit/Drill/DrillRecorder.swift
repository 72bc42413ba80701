import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one drill to `<data>/drills/<id>.jsonl` as it happens, like a practice call:
/// a header, a line per answered round, and an end line. Each line reaches the OS
/// before `append` returns, so Ctrl-D, a crash or a kill loses no answered round.
/// The folder is 0700 and the file 0600: answers are the rep's own work.
public final class DrillRecorder {
    public let header: DrillHeader
    public let fileURL: URL
    public private(set) var roundsWritten = 0
    public private(set) var isFinished = false
    private var descriptor: Int32

    public static let folderName = "drills"

    public static func folder(in dataDirectory: URL) -> URL {
        dataDirectory.appending(path: folderName, directoryHint: .isDirectory)
    }

    /// Throws `sessionExists` rather than touch an earlier drill with the same id.
    public init(dataDirectory: URL, header: DrillHeader) throws {
        guard SessionID.isValid(header.id) else { throw SessionStoreError.invalidID(header.id) }
        self.header = header
        let folder = Self.folder(in: dataDirectory)
        fileURL = folder.appending(path: "\(header.id).jsonl")
        try PrivateFiles.prepareDirectory(dataDirectory)
        try PrivateFiles.prepareDirectory(folder)
        let line = try Self.line(for: header, path: fileURL.path)
        descriptor = try PrivateFiles.createNewFile(fileURL)
        do {
            try PrivateFiles.append(line, to: descriptor, path: fileURL.path)
        } catch {
            close(descriptor)
            descriptor = -1
            unlink(fileURL.path)
            throw error
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Writes one answered round; its index must be the next one.
    public func append(_ round: DrillRound) throws {
        guard !isFinished else { throw SessionStoreError.alreadyFinished(path: fileURL.path) }
        guard round.index == roundsWritten + 1 else {
            throw SessionStoreError.turnOutOfOrder(path: fileURL.path, expected: roundsWritten + 1, got: round.index)
        }
        try PrivateFiles.append(try Self.line(for: round, path: fileURL.path), to: descriptor, path: fileURL.path)
        roundsWritten += 1
    }

    /// Writes the end line and closes the file.
    public func finish(at time: Date, stopped: Bool) throws {
        guard !isFinished else { throw SessionStoreError.alreadyFinished(path: fileURL.path) }
        let end = DrillEnd(ended: time, rounds: roundsWritten, stopped: stopped)
        try PrivateFiles.append(try Self.line(for: end, path: fileURL.path), to: descriptor, path: fileURL.path)
        isFinished = true
        close(descriptor)
        descriptor = -1
    }

    /// Encodes a line, refusing one that would not read back, as the session recorder does:
    /// a line the reader rejects would stop every later drill.
    private static func line<Record: Codable>(for record: Record, path: String) throws -> Data {
        let data = try SessionLogLine.encode(record)
        do {
            _ = try JSONDecoder().decode(Record.self, from: data)
        } catch let error as DecodingError {
            throw SessionStoreError.invalidRecord(path: path, problem: LineProblem(error).message)
        }
        return data + Data("\n".utf8)
    }
}
