import Foundation

/// Speech-to-text service output:
/// - AssemblyAI: top-level `utterances` (`speaker` "A", times in milliseconds), else `words` with speakers;
/// - Deepgram: `results.utterances` (`speaker` 0, `transcript`, seconds), else the first
///   channel's `words` with speakers;
/// - Whisper, WhisperX and whisper-timestamped: `segments` (`text`, seconds, WhisperX's `speaker`).
enum SpeechToTextJSON {
    static func parse(_ bytes: [UInt8]) -> Result<[Utterance], ParseFailure> {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            return .failure(syntaxFailure(error, bytes: bytes))
        }
        guard let object = root as? [String: Any] else {
            return .failure(ParseFailure(line: 1, column: 1, "JSON, but not an object; " + known))
        }
        if let utterances = object["utterances"] as? [[String: Any]] {
            return .success(spans(utterances, textKey: "text", scale: 0.001))
        }
        if let results = object["results"] as? [String: Any] {
            if let utterances = results["utterances"] as? [[String: Any]] {
                return .success(spans(utterances, textKey: "transcript", scale: 1))
            }
            let channels = results["channels"] as? [[String: Any]]
            let alternatives = channels?.first?["alternatives"] as? [[String: Any]]
            if let words = alternatives?.first?["words"] as? [[String: Any]] {
                return .success(grouped(words, textKeys: ["punctuated_word", "word"], scale: 1))
            }
        }
        if let words = object["words"] as? [[String: Any]], words.contains(where: { $0["speaker"] != nil }) {
            return .success(grouped(words, textKeys: ["text"], scale: 0.001))
        }
        if let segments = object["segments"] as? [[String: Any]] {
            return .success(spans(segments, textKey: "text", scale: 1))
        }
        return .failure(ParseFailure(line: 1, column: 1, "JSON, but no transcript in it; " + known))
    }

    private static let known =
        "SpinCoach reads AssemblyAI `utterances`, Deepgram `results` and Whisper or WhisperX `segments`"

    /// Foundation names the byte offset of a syntax error; this turns it into a line and column.
    private static func syntaxFailure(_ error: Error, bytes: [UInt8]) -> ParseFailure {
        let info = (error as NSError).userInfo
        if let offset = info["NSJSONSerializationErrorIndex"] as? Int {
            let (line, column) = TranscriptReader.position(ofByte: offset, in: bytes)
            return ParseFailure(line: line, column: column, "not valid JSON")
        }
        let detail = (info[NSDebugDescriptionErrorKey] as? String).map { ": \($0)" } ?? ""
        return ParseFailure(line: 1, "not valid JSON\(detail)")
    }

    private static func number(_ value: Any?) -> Double? {
        (value as? NSNumber).map(\.doubleValue)
    }

    /// A service's speaker label: "A" or 0 becomes "Speaker A" or "Speaker 0"; "SPEAKER_00" stays.
    private static func speaker(_ value: Any?) -> String? {
        if let text = value as? String, !text.isEmpty { return text.count <= 3 ? "Speaker " + text : text }
        if let number = value as? NSNumber { return "Speaker \(number.intValue)" }
        return nil
    }

    private static func spans(_ items: [[String: Any]], textKey: String, scale: Double) -> [Utterance] {
        items.compactMap { item in
            guard let text = (item[textKey] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines),
                !text.isEmpty
            else { return nil }
            return Utterance(
                speaker: speaker(item["speaker"]),
                text: text, start: number(item["start"]).map { $0 * scale },
                end: number(item["end"]).map { $0 * scale },
                line: 1)
        }
    }

    /// Words with speakers, grouped into one utterance per run of the same speaker.
    private static func grouped(_ words: [[String: Any]], textKeys: [String], scale: Double) -> [Utterance] {
        var utterances: [Utterance] = []
        for word in words {
            guard let text = textKeys.lazy.compactMap({ word[$0] as? String }).first else { continue }
            let who = speaker(word["speaker"])
            let start = number(word["start"]).map { $0 * scale }
            let end = number(word["end"]).map { $0 * scale }
            if let last = utterances.last, last.speaker == who {
                utterances[utterances.count - 1].text += " " + text
                utterances[utterances.count - 1].end = end ?? last.end
            } else {
                utterances.append(Utterance(speaker: who, text: text, start: start, end: end, line: 1))
            }
        }
        return utterances
    }
}
