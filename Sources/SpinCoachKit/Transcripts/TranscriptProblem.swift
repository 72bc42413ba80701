/// Why a file could not be imported, pinned to the place that shows it.
public struct TranscriptProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem is the file as a whole (its size, say).
    public var line: Int?
    /// 1-based, in characters; only where it means something.
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and CI logs understand.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

/// A problem found while parsing text, before the file name is known to the parser.
struct ParseFailure: Error, Equatable {
    var line: Int
    var column: Int?
    var message: String

    init(line: Int, column: Int? = nil, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    func problem(in file: String) -> TranscriptProblem {
        TranscriptProblem(file: file, line: line, column: column, message: message)
    }
}

extension TranscriptProblem {
    /// The problem for the diagnostics engine: its line and column only where known.
    public func diagnostic(_ severity: Diagnostic.Severity, note: String) -> Diagnostic {
        Diagnostic(
            file: file, line: line ?? 0, column: line == nil ? 0 : column ?? 0, severity: severity,
            message: "\(message) (\(note))")
    }
}
