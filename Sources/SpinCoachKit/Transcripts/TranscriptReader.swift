import Foundation

/// Reads a transcript's bytes within fixed limits, so no input can make a review
/// use unbounded memory, and turns unusable bytes into messages with a position.
enum TranscriptReader {
    /// A ten-hour call transcribed is about 1 MB; anything far bigger is not one call.
    static let maximumFileBytes = 16 << 20
    /// A line-based format's line longer than this is not a line of speech.
    static let maximumLineBytes = 1 << 20

    /// At most `maximumFileBytes` are ever held, whatever the file claims its size is.
    static func bytes(of url: URL) throws(TranscriptProblem) -> [UInt8] {
        let file = url.path
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw TranscriptProblem(file: file, message: "cannot read: \(JSONLogFile.describe(error))")
        }
        defer { try? handle.close() }
        if let size = try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int,
            size > maximumFileBytes
        {
            throw tooLarge(file, size: size)
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileBytes + 1) ?? Data()
        } catch {
            throw TranscriptProblem(file: file, message: "cannot read: \(JSONLogFile.describe(error))")
        }
        if data.count > maximumFileBytes { throw tooLarge(file, size: nil) }
        guard !data.isEmpty else {
            throw TranscriptProblem(file: file, message: "the file is empty; there is no call to review")
        }
        return [UInt8](data)
    }

    private static func tooLarge(_ file: String, size: Int?) -> TranscriptProblem {
        let shown = size.map { String(format: "%.1f MB", Double($0) / 1_000_000) } ?? "over 16 MiB"
        return TranscriptProblem(
            file: file,
            message: "the file is \(shown); one call's transcript is at most 16 MiB (a ten-hour call is about 1 MB)")
    }

    /// NUL bytes mean a binary file (WebVTT alone defines them, as U+FFFD).
    static func rejectBinary(_ bytes: [UInt8], file: String) throws(TranscriptProblem) {
        guard let index = bytes.firstIndex(of: 0) else { return }
        let (line, column) = position(ofByte: index, in: bytes)
        throw TranscriptProblem(
            file: file, line: line, column: column,
            message: "a binary file (NUL byte), not a transcript; export the call as text, WebVTT, SRT or JSON")
    }

    /// The text, or where the first byte that is not UTF-8 is. A leading BOM is kept for the parsers.
    static func text(_ bytes: [UInt8], file: String) throws(TranscriptProblem) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        let (line, column) = position(ofByte: offset, in: bytes)
        throw TranscriptProblem(
            file: file, line: line, column: column, message: "not valid UTF-8; save the transcript as UTF-8 text")
    }

    /// Line-based formats only: compact JSON may legitimately be one long line.
    static func rejectOverlongLines(_ bytes: [UInt8], file: String) throws(TranscriptProblem) {
        guard bytes.count > maximumLineBytes else { return }
        var start = 0
        var line = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if end - start > maximumLineBytes {
                let megabytes = String(format: "%.1f MB", Double(end - start) / 1_000_000)
                throw TranscriptProblem(
                    file: file, line: line,
                    message: "this line is \(megabytes) long; a line of speech is at most 1 MiB")
            }
            start = end + 1
            line += 1
        }
    }

    /// 1-based line, and column in characters, of a byte offset.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
