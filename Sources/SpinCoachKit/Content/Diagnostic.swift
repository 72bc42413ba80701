/// A problem found in a content file, pinned to a 1-based line and column, or a
/// problem that is in no file (an unknown id given on the command line).
///
/// Columns count Unicode characters, so a Chinese character is one column.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        /// Shown, but the command still succeeds: a broken user file that was skipped.
        case warning
    }

    /// Empty for a problem that is in no file.
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// A problem that is in no file.
    public init(severity: Severity = .error, message: String) {
        self.init(file: "", line: 0, column: 0, severity: severity, message: message)
    }

    public var isInFile: Bool { !file.isEmpty }

    /// The same problem as a warning, with a note on what was done about it.
    public func warning(_ note: String) -> Diagnostic {
        var copy = self
        copy.severity = .warning
        copy.message += " (\(note))"
        return copy
    }

    /// `file:line:column: error: message`, the form editors and CI logs understand;
    /// `error: message` for a problem in no file.
    public var description: String {
        // A problem with the file as a whole has no line; one with a line may have no column.
        let place = line == 0 ? "" : column == 0 ? ":\(line)" : ":\(line):\(column)"
        let location = isInFile ? "\(file)\(place): " : ""
        return "\(location)\(severity.rawValue): \(message)"
    }
}

/// Thrown when a file cannot be used at all; carries every problem found in it.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// A place in a content file.
public struct SourcePosition: Equatable, Codable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
}
