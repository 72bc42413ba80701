#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
@preconcurrency import Foundation
import SpinCoachKit

/// Writes to stdout and stderr, laid out for the terminal each is on; kept in one
/// place so commands stay thin.
enum Console {
    enum Stream {
        case standardOutput, standardError

        var descriptor: Int32 { self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO }
        var isTerminal: Bool { isatty(descriptor) == 1 }

        func write(_ text: String) {
            let handle = self == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data((text + "\n").utf8))
        }
    }

    /// Columns to lay text out in on `stream`, read at each use so a resized window
    /// takes effect at the next print: the terminal's width, else `$COLUMNS`, else 80.
    static func width(of stream: Stream = .standardOutput) -> Int {
        TerminalStyle.width(
            windowColumns: TerminalStyle.windowColumns(of: stream.descriptor),
            environment: ProcessInfo.processInfo.environment)
    }

    /// Text laid out to stdout's width (wrapped, control characters made visible).
    static func show(_ text: String, indent: Int = 0, hanging: Int? = nil) {
        out(TextLayout.wrap(text, width: width(), indent: indent, hanging: hanging))
    }

    /// A table fitted to stdout's width.
    static func show(_ table: TextTable) {
        out(TextLayout.table(table, width: width()))
    }

    /// Exactly as given: for text already laid out, and machine-readable output.
    static func out(_ text: String) {
        Stream.standardOutput.write(text)
    }

    /// Exactly as given, on stderr.
    static func error(_ text: String) {
        Stream.standardError.write(text)
    }

    /// A remark on stderr (not a problem: those go to `Problems`), laid out to its width.
    static func note(_ text: String) {
        Stream.standardError.write(TextLayout.wrap(text, width: width(of: .standardError), hanging: 2))
    }

    static func json<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        out(String(decoding: data, as: UTF8.self))
    }
}
