/// A WebVTT file as the W3C WebVTT file-parsing algorithm reads it.
public struct WebVTTDocument: Equatable, Sendable {
    public struct Cue: Equatable, Sendable {
        public var id: String
        public var start: Double
        public var end: Double
        /// The cue settings that parsed as valid (`align`, `line`, `position`, `size`, `vertical`, `region`).
        public var settings: [String: String]
        /// The raw payload, tags included, lines joined by LF.
        public var text: String
        /// The 1-based line of its timing line.
        public var line: Int
    }

    public var cues: [Cue] = []
    /// Ids of the REGION blocks in the header, in order; a later definition replaces an earlier one.
    public var regionIDs: [String] = []
    public var styleSheets: [String] = []
}

/// The parser from the WebVTT specification ("WebVTT parser algorithm" and
/// "collect a WebVTT block"), step for step, on Unicode scalars: NUL becomes
/// U+FFFD, CR and CRLF become LF, one BOM is dropped, and a file whose first
/// line is not a WebVTT signature is rejected whole. Blocks that are not valid
/// cues are dropped, as browsers drop them.
struct WebVTTParser {
    private let input: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var seenCue = false
    private var document = WebVTTDocument()

    private enum Block {
        case cue(WebVTTDocument.Cue)
        case styleSheet(String)
        case region(String?)
    }

    static func parse(_ text: String) -> Result<WebVTTDocument, ParseFailure> {
        var parser = WebVTTParser(text: text)
        do {
            return .success(try parser.run())
        } catch {
            return .failure(error)
        }
    }

    private init(text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\0": scalars.append("\u{FFFD}")
            case "\r": scalars.append("\n")
            case "\n" where afterCR: break
            default: scalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        input = scalars
    }

    private var atEnd: Bool { position >= input.count }

    private mutating func run() throws(ParseFailure) -> WebVTTDocument {
        let signature = Array("WEBVTT".unicodeScalars)
        guard input.count >= 6, Array(input[0..<6]) == signature,
            input.count == 6 || [" ", "\t", "\n"].contains(input[6])
        else {
            throw ParseFailure(
                line: 1, column: 1,
                "not a WebVTT file: the first line must be WEBVTT, alone or followed by a space or tab and text")
        }
        _ = collectLine()
        if atEnd { return document }
        advancePastLineFeed()
        if atEnd { return document }
        if input[position] != "\n" {
            _ = collectBlock(inHeader: true)
        } else {
            advancePastLineFeed()
        }
        skipLineFeeds()
        while !atEnd {
            switch collectBlock(inHeader: false) {
            case .cue(let cue): document.cues.append(cue)
            case .styleSheet(let sheet): document.styleSheets.append(sheet)
            case .region(let id?):
                document.regionIDs.removeAll { $0 == id }
                document.regionIDs.append(id)
            case .region(nil), nil: break
            }
            skipLineFeeds()
        }
        return document
    }

    private mutating func collectLine() -> ArraySlice<Unicode.Scalar> {
        let start = position
        while position < input.count, input[position] != "\n" { position += 1 }
        return input[start..<position]
    }

    private mutating func advancePastLineFeed() {
        position += 1
        line += 1
    }

    private mutating func skipLineFeeds() {
        while position < input.count, input[position] == "\n" { advancePastLineFeed() }
    }

    private mutating func collectBlock(inHeader: Bool) -> Block? {
        var lineCount = 0
        var previous = (position: position, line: line)
        var buffer: [Unicode.Scalar] = []
        var seenArrow = false
        var cue: WebVTTDocument.Cue?
        var isStyleSheet = false
        var isRegion = false
        while true {
            let lineNumber = line
            let text = collectLine()
            lineCount += 1
            let seenEOF = atEnd
            if !seenEOF { advancePastLineFeed() }
            if Self.containsArrow(text) {
                guard !inHeader, lineCount == 1 || (lineCount == 2 && !seenArrow) else {
                    (position, line) = previous
                    break
                }
                seenArrow = true
                previous = (position, line)
                if let timing = WebVTTTimings.parse(text, regions: document.regionIDs) {
                    cue = WebVTTDocument.Cue(
                        id: String(String.UnicodeScalarView(buffer)), start: timing.start, end: timing.end,
                        settings: timing.settings, text: "", line: lineNumber)
                    buffer = []
                    seenCue = true
                } else {
                    cue = nil
                }
            } else if text.isEmpty {
                break
            } else {
                if !inHeader, lineCount == 2, !seenCue {
                    if Self.isKeyword("STYLE", buffer) {
                        isStyleSheet = true
                        buffer = []
                    } else if Self.isKeyword("REGION", buffer) {
                        isRegion = true
                        buffer = []
                    }
                }
                if !buffer.isEmpty { buffer.append("\n") }
                buffer.append(contentsOf: text)
                previous = (position, line)
            }
            if seenEOF { break }
        }
        let collected = String(String.UnicodeScalarView(buffer))
        if var cue {
            cue.text = collected
            return .cue(cue)
        }
        if isStyleSheet { return .styleSheet(collected) }
        if isRegion { return .region(Self.regionID(collected)) }
        return nil
    }

    private static func containsArrow(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = text.startIndex
        while index + 2 < text.endIndex {
            if text[index] == "-", text[index + 1] == "-", text[index + 2] == ">" { return true }
            index += 1
        }
        return false
    }

    /// `STYLE` or `REGION`, then nothing but ASCII whitespace.
    private static func isKeyword(_ keyword: String, _ buffer: [Unicode.Scalar]) -> Bool {
        let word = Array(keyword.unicodeScalars)
        return buffer.starts(with: word) && buffer.dropFirst(word.count).allSatisfy(WebVTTTimings.isWhitespace)
    }

    /// The region's `id:` setting; the last valid one wins, and an id may not contain `-->`.
    private static func regionID(_ settings: String) -> String? {
        var id: String?
        for setting in settings.unicodeScalars.split(whereSeparator: WebVTTTimings.isWhitespace) {
            let text = String(String.UnicodeScalarView(setting))
            guard text.hasPrefix("id:") else { continue }
            let value = text.dropFirst(3)
            if !value.isEmpty, !value.contains("-->") { id = String(value) }
        }
        return id
    }
}
