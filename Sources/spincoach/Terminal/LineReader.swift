#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// What one attempt to read a line produced.
enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line being typed was thrown away; the caller just prompts again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads what the rep types, one line at a time, from readline or a plain stream.
protocol LineReader {
    /// - Parameter remember: whether the line goes into the history that Up recalls;
    ///   an answer to a one-off question (which buyer?) should not.
    ///   The prompt is made safe and coloured where it is written, as all output is (`Console`).
    mutating func read(prompt: StyledText, remember: Bool) -> LineInput
    /// Puts the terminal back as it was; reading again afterwards is not allowed.
    mutating func close()
}

extension LineReader {
    /// A line of the conversation, kept in the history.
    mutating func read(prompt: StyledText) -> LineInput {
        read(prompt: prompt, remember: true)
    }

    /// A prompt in no colour.
    mutating func read(prompt: String, remember: Bool) -> LineInput {
        read(prompt: StyledText(prompt), remember: remember)
    }
}

/// Which reader suits the standard streams; readline only for a real, capable terminal.
enum LineReaderKind: Equatable, Sendable {
    case readline
    case plain(echoesPrompt: Bool)

    /// Readline echoes prompts and input, so pipes and `TERM=dumb` get the plain reader.
    static func choose(stdinIsTTY: Bool, stdoutIsTTY: Bool, term: String?) -> LineReaderKind {
        let capableTerminal = term.map { !$0.isEmpty && $0 != "dumb" } ?? false
        if stdinIsTTY && stdoutIsTTY && capableTerminal { return .readline }
        // A prompt only helps someone typing; piped input must give clean output.
        return .plain(echoesPrompt: stdinIsTTY)
    }
}

/// The reader for this process's stdin and stdout.
///
/// - Parameters:
///   - historyFile: where readline keeps entered lines across sessions; nil keeps none.
///   - completions: words Tab completes at the start of a line beginning with "/".
func makeLineReader(historyFile: URL?, completions: [String]) -> any LineReader {
    let kind = LineReaderKind.choose(
        stdinIsTTY: isatty(STDIN_FILENO) == 1,
        stdoutIsTTY: isatty(STDOUT_FILENO) == 1,
        term: ProcessInfo.processInfo.environment["TERM"])
    switch kind {
    case .readline:
        return ReadlineLineReader(historyFile: historyFile, completions: completions)
    case .plain(let echoesPrompt):
        return PlainLineReader(echoesPrompt: echoesPrompt)
    }
}
