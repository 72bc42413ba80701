import Foundation

/// Everything that can go wrong keeping or reading sessions, each naming the
/// file (and line or field) involved.
public enum SessionStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Neither `--data-dir`, `$SPINCOACH_DATA`, `$XDG_DATA_HOME` nor `$HOME` is set.
    case noDataDirectory
    case invalidID(String)
    case unknownSession(id: String, directory: String)
    /// A prefix that starts more than one session's id.
    case ambiguousID(prefix: String, matches: [String])
    /// `latest` in a folder with no sessions.
    case noSessions(directory: String)
    /// Recording never overwrites an earlier session.
    case sessionExists(path: String)
    case unreadableFile(path: String, reason: String)
    case unwritableFile(path: String, reason: String)
    case malformedLine(MalformedLine)
    /// A record the recorder was asked to write would not read back.
    case invalidRecord(path: String, problem: String)
    case alreadyFinished(path: String)
    case turnOutOfOrder(path: String, expected: Int, got: Int)
    case invalidRetraction(path: String, problem: String)
    case indexCorrupt(path: String, reason: String)
    case indexUnavailable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noDataDirectory:
            "no folder for sessions: pass --data-dir, or set SPINCOACH_DATA, XDG_DATA_HOME or HOME"
        case .invalidID(let id): "'\(id)' is not a session id: \(SessionID.rule)"
        case .unknownSession(let id, let directory): "no session has the id '\(id)' in \(directory)"
        case .ambiguousID(let prefix, let matches):
            "'\(prefix)' starts \(matches.count) session ids: \(matches.joined(separator: ", ")); type more of one"
        case .noSessions(let directory): "no sessions yet in \(directory)"
        case .sessionExists(let path): "\(path): a session with this id already exists"
        case .unreadableFile(let path, let reason): "\(path): cannot read: \(reason)"
        case .unwritableFile(let path, let reason): "\(path): cannot write: \(reason)"
        case .malformedLine(let malformed): malformed.description
        case .invalidRecord(let path, let problem): "\(path): refusing to write a bad record: \(problem)"
        case .alreadyFinished(let path): "\(path): the session is already finished"
        case .turnOutOfOrder(let path, let expected, let got):
            "\(path): turn index \(got) given where \(expected) comes next"
        case .invalidRetraction(let path, let problem): "\(path): cannot undo: \(problem)"
        case .indexCorrupt(let path, let reason): "\(path): the session index is damaged: \(reason)"
        case .indexUnavailable(let path, let reason): "\(path): cannot use the session index: \(reason)"
        }
    }
}

/// A line of a session file that could not be used, and what was read before it.
public struct MalformedLine: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based.
    public var line: Int
    public var problem: String
    /// The session as far as the good lines before this one go; nil when the header itself is bad.
    public var readSoFar: LoadedSession?

    public init(file: String, line: Int, problem: String, readSoFar: LoadedSession?) {
        self.file = file
        self.line = line
        self.problem = problem
        self.readSoFar = readSoFar
    }

    /// `file:line: problem`, the form editors and CI logs understand.
    public var description: String { "\(file):\(line): \(problem)" }
}
