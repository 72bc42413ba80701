/// The words of a WebVTT cue payload and who says them: `<v Name>` spans
/// (the closing `</v>` is optional, as Teams leaves it out), other tags
/// dropped, character references decoded.
enum WebVTTCueText {
    struct Segment: Equatable {
        /// The voice's annotation; nil outside any voice span, "" for a voice with no name.
        var voice: String?
        var text: String
    }

    /// Voice names in the order their start tags appear, as the cue-text parser reads them.
    static func voiceNames(_ payload: String) -> [String] {
        parse(payload).voices
    }

    /// Text runs by voice, in order; runs of the same voice are joined and line breaks become spaces.
    static func segments(_ payload: String) -> [Segment] {
        parse(payload).segments
    }

    private static func parse(_ payload: String) -> (segments: [Segment], voices: [String]) {
        if !payload.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == 0x0A }) {
            return (payload.isEmpty ? [] : [Segment(voice: nil, text: payload)], [])
        }
        var segments: [Segment] = []
        var voices: [String] = []
        var voice: String?
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty {
                let run = String(text)
                if let last = segments.last, last.voice == voice {
                    segments[segments.count - 1].text += run
                } else {
                    segments.append(Segment(voice: voice, text: run))
                }
                text = String.UnicodeScalarView()
            }
        }
        let scalars = Array(payload.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let close = scalars[index...].firstIndex(of: ">") ?? scalars.count
                let tag = scalars[(index + 1)..<close]
                index = close + 1
                if tag.first == "/" {
                    if tag.dropFirst().elementsEqual("v".unicodeScalars) {
                        flush()
                        voice = nil
                    }
                } else if let (name, annotation) = startTag(tag), name == "v" {
                    flush()
                    voice = annotation
                    voices.append(annotation)
                }
            } else if scalar == "&", let (decoded, length) = characterReference(scalars, at: index) {
                text.append(contentsOf: decoded.unicodeScalars)
                index += length
            } else {
                text.append(scalar == "\n" ? " " : scalar)
                index += 1
            }
        }
        flush()
        return (segments, voices)
    }

    /// The tag name (up to whitespace, `.` or the end) and the annotation after the first whitespace.
    private static func startTag(_ tag: ArraySlice<Unicode.Scalar>) -> (String, String)? {
        guard let first = tag.first, !("0"..."9").contains(first) else { return nil }
        let nameEnd = tag.firstIndex { WebVTTTimings.isWhitespace($0) || $0 == "." } ?? tag.endIndex
        let name = String(String.UnicodeScalarView(tag[..<nameEnd]))
        guard let space = tag.firstIndex(where: WebVTTTimings.isWhitespace) else { return (name, "") }
        let raw = String(String.UnicodeScalarView(tag[(space + 1)...]))
        let collapsed = raw.unicodeScalars.split(whereSeparator: WebVTTTimings.isWhitespace)
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
        return (name, decodeReferences(collapsed))
    }

    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, length) = characterReference(scalars, at: index) {
                result.append(contentsOf: decoded.unicodeScalars)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "lrm": "\u{200E}",
        "rlm": "\u{200F}",
    ]

    /// `&amp;`, `&#237;`, `&#xED;`: the text it stands for and how many scalars it spans.
    private static func characterReference(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let limit = min(scalars.count, start + 12)
        guard let semicolon = scalars[start..<limit].firstIndex(of: ";"), semicolon > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        let length = semicolon - start + 1
        if let text = named[body] { return (text, length) }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (String(scalar), length)
    }
}
