#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
@preconcurrency import Foundation
import SpinCoachKit

/// Writes to stdout and stderr, laid out for the terminal each is on; kept in one
/// place so commands stay thin.
///
/// This is the one point where text meets the terminal: whatever a command prints
/// (`out`, `show`, `error`, `note`, a prompt, a problem) has its control characters
/// made visible here, so text from a user's file never has to be cleaned where it is
/// used and a new command cannot forget to. Colour is added after the cleaning
/// (`StyledText`); the two ways around it are named for what they carry: `report`,
/// for a report that coloured itself and cleaned its own user text, and `document`,
/// for JSON and Markdown, which escape in their own way.
enum Console {
    enum Stream {
        case standardOutput, standardError

        var descriptor: Int32 { self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO }
        var isTerminal: Bool { isatty(descriptor) == 1 }

        /// A line of plain text, its control characters made visible.
        func write(_ text: String) {
            writeExactly(Console.safe(text) + "\n")
        }

        /// A line of text in a colour: the text is made safe, then coloured.
        func write(_ text: StyledText) {
            writeExactly(text.rendered + "\n")
        }

        /// Bytes as given; only for what this file has already made safe, or a document.
        fileprivate func writeExactly(_ text: String) {
            let handle = self == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        }
    }

    /// Text as the terminal may get it: control characters (escape sequences, bells,
    /// carriage returns, bidirectional overrides) shown in visible forms.
    static func safe(_ text: String) -> String {
        TerminalText.sanitized(text)
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

    /// Text already laid out, as given but for its control characters.
    static func out(_ text: String) {
        Stream.standardOutput.write(text)
    }

    static func out(_ text: StyledText) {
        Stream.standardOutput.write(text)
    }

    /// On stderr, as given but for its control characters.
    static func error(_ text: String) {
        Stream.standardError.write(text)
    }

    static func error(_ text: StyledText) {
        Stream.standardError.write(text)
    }

    /// A remark on stderr (not a problem: those go to `Problems`), laid out to its width.
    static func note(_ text: String) {
        error(TextLayout.wrap(text, width: width(of: .standardError), hanging: 2))
    }

    /// Runs a write to a log; a failure is shown as a warning and the session goes on,
    /// so what was said stays on the screen.
    static func saving(to log: String, style: TerminalStyle, _ write: () throws -> Void) {
        do {
            try write()
        } catch {
            Console.error(style.warning("spincoach: could not save to the \(log): \(error)"))
        }
    }

    /// A report the library rendered for the terminal, which cleaned the user's text in
    /// it and may colour its own words: only its colour (SGR) sequences are kept as
    /// they are; every other control character is made visible. No newline is added.
    static func report(_ text: String) {
        Stream.standardOutput.writeExactly(safeKeepingColour(text))
    }

    /// A file's contents (a plan, JSON) exactly as rendered when stdout is a pipe or a
    /// file: each such format escapes in its own way, and its bytes must survive the
    /// trip. On a terminal it is a screen like any other, and made safe.
    static func document(_ text: String) {
        let stream = Stream.standardOutput
        stream.writeExactly((stream.isTerminal ? safe(text) : text) + "\n")
    }

    static func json<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        document(String(decoding: data, as: UTF8.self))
    }

    /// `safe`, except that colour sequences (ESC [ digits and semicolons m) stay.
    static func safeKeepingColour(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return safe(text) }
        var result = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            result += safe(String(rest[..<escape]))
            let afterEscape = rest[rest.index(after: escape)...]
            let parameters = afterEscape.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == ";") }
            let end = parameters.endIndex
            if afterEscape.first == "[", end < rest.endIndex, rest[end] == "m" {
                result += String(rest[escape...end])
                rest = rest[rest.index(after: end)...]
            } else {
                result += safe("\u{1B}")
                rest = afterEscape
            }
        }
        return result + safe(String(rest))
    }
}
