import Foundation

/// Reads any supported transcript file into a `Transcript`: detects the format
/// by content as well as by extension, renames speakers, and merges a
/// speaker's consecutive cues into turns.
public struct TranscriptImporter: Sendable {
    /// Consecutive utterances of one speaker at most this many seconds apart become one turn.
    public var mergeGap: Double
    /// `--speaker Old=New`: renames, or merges two names into one.
    public var renames: [String: String]

    public init(mergeGap: Double = 2, renames: [String: String] = [:]) {
        self.mergeGap = mergeGap
        self.renames = renames
    }

    public func read(_ url: URL) throws(TranscriptProblem) -> Transcript {
        let file = url.path
        let bytes = try TranscriptReader.bytes(of: url)
        let format = Self.detect(bytes, pathExtension: url.pathExtension)
        if format != .webVTT { try TranscriptReader.rejectBinary(bytes, file: file) }
        if format != .speechToText { try TranscriptReader.rejectOverlongLines(bytes, file: file) }
        var transcript: Transcript
        switch format {
        case .session:
            switch SessionLogImporter.parse(bytes, file: file) {
            case .success(let read): transcript = read
            case .failure(let problem): throw problem
            }
        case .speechToText:
            transcript = Transcript(
                file: file, format: format, utterances: try Self.value(SpeechToTextJSON.parse(bytes), file))
        case .webVTT, .srt, .plainText:
            let text = try TranscriptReader.text(bytes, file: file)
            let utterances: [Utterance]
            switch format {
            case .webVTT: utterances = WebVTTImporter.utterances(try Self.value(WebVTTParser.parse(text), file))
            case .srt: utterances = try Self.value(SRTParser.parse(text), file)
            default: utterances = PlainTextParser.parse(text)
            }
            transcript = Transcript(file: file, format: format, utterances: utterances)
        }
        guard !transcript.utterances.isEmpty else {
            throw TranscriptProblem(file: file, message: "no speech found in this \(Self.name(of: format))")
        }
        transcript.utterances = shaped(transcript.utterances, merging: format != .session)
        return transcript
    }

    private static func value<Value>(_ result: Result<Value, ParseFailure>, _ file: String) throws(TranscriptProblem)
        -> Value
    {
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw failure.problem(in: file)
        }
    }

    static func name(of format: TranscriptFormat) -> String {
        switch format {
        case .session: "session log"
        case .webVTT: "WebVTT file"
        case .srt: "SRT file"
        case .plainText: "text file"
        case .speechToText: "speech-to-text JSON"
        }
    }

    /// Signatures in the content win over the extension: a `.txt` that starts with
    /// WEBVTT is WebVTT, a `.json` whose first line is a session header is a session.
    static func detect(_ bytes: [UInt8], pathExtension: String) -> TranscriptFormat {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = bytes[start..<min(bytes.count, start + 4096)]
        if head.starts(with: Array("WEBVTT".utf8)) { return .webVTT }
        let firstLine = head.prefix { $0 != 0x0A }
        let firstText = String(decoding: firstLine, as: UTF8.self)
        if head.first == UInt8(ascii: "{"), firstText.contains("\"type\""), firstText.contains("\"header\"") {
            return .session
        }
        switch pathExtension.lowercased() {
        case "vtt", "webvtt": return .webVTT
        case "srt": return .srt
        case "jsonl": return .session
        case "json": return .speechToText
        default: break
        }
        if head.first == UInt8(ascii: "{") { return .speechToText }
        if head.first == UInt8(ascii: "["),
            head.dropFirst().first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) })
                == UInt8(ascii: "{")
        {
            return .speechToText
        }
        // SRT: a cue number alone on the first line, a timing line with "-->" on the second.
        let secondStart = firstLine.endIndex + 1
        if !firstLine.isEmpty, firstLine.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x0D }),
            secondStart < head.endIndex
        {
            let second = head[secondStart...].prefix { $0 != 0x0A }
            if SRTParser.arrowRange(Substring(String(decoding: second, as: UTF8.self))) != nil { return .srt }
        }
        return .plainText
    }

    /// Renames first, so a merge of two names also merges their turns.
    func shaped(_ utterances: [Utterance], merging: Bool) -> [Utterance] {
        var result: [Utterance] = []
        result.reserveCapacity(utterances.count)
        for var utterance in utterances {
            if let name = utterance.speaker, let renamed = renames[name] { utterance.speaker = renamed }
            utterance.text = Self.trimmed(utterance.text)
            guard !utterance.text.isEmpty else { continue }
            if merging, let last = result.last, let speaker = utterance.speaker, last.speaker == speaker,
                gap(from: last, to: utterance) <= mergeGap
            {
                result[result.count - 1].text += Self.joiner(last.text, utterance.text) + utterance.text
                result[result.count - 1].end = utterance.end ?? last.end
                continue
            }
            result.append(utterance)
        }
        return result
    }

    /// Without surrounding whitespace; ASCII ends are checked on bytes, the rest only when present.
    static func trimmed(_ text: String) -> String {
        let ascii: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if !ascii(first), !ascii(last), first < 0x80, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// From the end of one to the start of the next; from start to start when ends are not given, 0 untimed.
    private func gap(from earlier: Utterance, to later: Utterance) -> Double {
        guard let next = later.start, let previous = earlier.end ?? earlier.start else { return 0 }
        return next - previous
    }

    /// Chinese runs together without a space; other text is joined by one.
    private static func joiner(_ left: String, _ right: String) -> String {
        let cjk = { (scalar: Unicode.Scalar?) in scalar.map(Tokenizer.isCJK) ?? false }
        return cjk(left.unicodeScalars.last) || cjk(right.unicodeScalars.first) ? "" : " "
    }
}
