@preconcurrency import Foundation

/// Reads stdin line by line without any line editing: for pipes, CI and dumb terminals.
struct PlainLineReader: LineReader {
    /// False when stdin is not a terminal, so a piped run prints only what the program says.
    var echoesPrompt: Bool

    /// Keeps no history, so `remember` changes nothing.
    mutating func read(prompt: StyledText, remember: Bool) -> LineInput {
        if echoesPrompt && !prompt.text.isEmpty {
            FileHandle.standardOutput.write(Data(prompt.rendered.utf8))
        }
        // readLine repairs invalid UTF-8 with U+FFFD instead of failing.
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(Self.strippingCarriageReturn(line))
    }

    mutating func close() {}

    /// Files written on Windows end their lines with "\r\n".
    static func strippingCarriageReturn(_ line: String) -> String {
        var line = line
        while line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        return line
    }
}
