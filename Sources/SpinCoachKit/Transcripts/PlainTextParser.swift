/// Plain-text transcripts in their common export shapes:
/// - `Speaker: text` lines (full-width `：` too), optionally after a time: `[00:00:01] Alice: …`;
/// - a speaker-and-time header line, then the text: Otter (`Alice Chen  0:01`), Zoom
///   (`[Johnny Doe] 11:02:09`), Rev and Descript (`Lenny (00:00:26):`, or `(00:01:28):` for
///   the same speaker again), Teams (`Dana Okafor   3 minutes 12 seconds`);
/// - Google Meet's time lines (`00:00:30`) above the `Name: text` lines they date;
/// - Zoom chat exports (`00:05:16<TAB>Name:<TAB>message`).
/// Lines with no speaker continue the current one. YAML front matter, Markdown
/// headings and export footers are skipped.
enum PlainTextParser {
    private struct State {
        var utterances: [Utterance] = []
        /// The speaker and time a header line announced, waiting for its text.
        var header: (speaker: String?, start: Double?, line: Int)?
        var lastSpeaker: String?
        var blockTime: Double?
        /// A text line right below continues this utterance.
        var open = false

        mutating func add(speaker: String?, text: Substring, start: Double?, line: Int) {
            utterances.append(Utterance(speaker: speaker, text: String(text), start: start, line: line))
            lastSpeaker = speaker
            open = true
        }
    }

    static func parse(_ text: String) -> [Utterance] {
        let lines = TextLines.split(text)
        var state = State()
        var names = SpeakerName.Cache()
        var number = skipFrontMatter(lines)
        while number < lines.count {
            let line = lines[number].trimmingWhitespace()
            number += 1
            if line.isEmpty {
                state.open = false
                continue
            }
            if isSkipped(line) { continue }
            if let header = headerLine(line, lastSpeaker: state.lastSpeaker, names: &names) {
                state.header = (header.speaker, header.start, number)
                state.lastSpeaker = header.speaker
                state.open = false
                continue
            }
            if let (start, rest) = leadingClock(line), let prefixed = names.splitPrefix(rest) {
                state.header = nil
                state.add(speaker: prefixed.name, text: prefixed.text, start: start, line: number)
                continue
            }
            if let seconds = ClockTime.seconds(line) {
                state.blockTime = seconds
                state.open = false
                continue
            }
            if let prefixed = names.splitPrefix(line) {
                state.header = nil
                state.add(speaker: prefixed.name, text: prefixed.text, start: state.blockTime, line: number)
                continue
            }
            if let header = state.header {
                state.header = nil
                state.add(speaker: header.speaker, text: line, start: header.start, line: header.line)
            } else if state.open, !state.utterances.isEmpty {
                state.utterances[state.utterances.count - 1].text += " " + line
            } else {
                state.add(speaker: state.lastSpeaker, text: line, start: state.blockTime, line: number)
            }
        }
        return state.utterances.filter { !$0.text.isEmpty }
    }

    /// Lines after a leading `---` up to the closing `---`.
    private static func skipFrontMatter(_ lines: [Substring]) -> Int {
        guard lines.first?.trimmingWhitespace() == "---" else { return 0 }
        for index in 1..<min(lines.count, 500) where lines[index].trimmingWhitespace() == "---" {
            return index + 1
        }
        return 0
    }

    private static func isSkipped(_ line: Substring) -> Bool {
        line.hasPrefix("#") || line.hasPrefix("Transcribed by ") || line.hasPrefix("Transcription ended after")
            || line.hasPrefix("This editable transcript was computer generated")
    }

    /// A line that names a speaker and a time and nothing else.
    private static func headerLine(_ line: Substring, lastSpeaker: String?, names: inout SpeakerName.Cache)
        -> (speaker: String?, start: Double)?
    {
        // A name (at most 60 characters) and a time: anything longer is speech.
        // Every header shape ends in a time: a digit, "(…)", "(…):" or "… seconds".
        guard line.utf8.count <= 120, let last = line.utf8.last,
            (0x30...0x39).contains(last) || last == UInt8(ascii: ")") || line.hasSuffix("):")
                || line.hasSuffix("second") || line.hasSuffix("seconds")
        else { return nil }
        // Rev / Descript: "Name (00:01:02):", or "(00:01:28):" for the previous speaker.
        if line.hasSuffix(")") || line.hasSuffix("):"), let open = line.lastIndex(of: "(") {
            let inside = line[line.index(after: open)...].prefix { $0 != ")" }
            if let seconds = ClockTime.seconds(inside) {
                let name = line[..<open].trimmingWhitespace()
                if name.isEmpty { return (lastSpeaker, seconds) }
                if let speaker = names.normalized(name) { return (speaker, seconds) }
            }
        }
        // Zoom's saved transcript: "[Name] 11:02:09".
        if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
            let name = line[line.index(after: line.startIndex)..<close].trimmingWhitespace()
            let rest = line[line.index(after: close)...].trimmingWhitespace()
            if !name.isEmpty, name.count <= 60, ClockTime.seconds(name) == nil, let seconds = ClockTime.seconds(rest) {
                return (String(name), seconds)
            }
        }
        // Otter: "Name  0:09"; Teams: "Name   3 minutes 12 seconds".
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2 else { return nil }
        if let seconds = ClockTime.seconds(words[words.count - 1]),
            let speaker = names.normalized(Substring(words.dropLast().joined(separator: " ")))
        {
            return (speaker, seconds)
        }
        if let (seconds, used) = spelledDuration(words), used < words.count,
            let speaker = names.normalized(Substring(words.dropLast(used).joined(separator: " ")))
        {
            return (speaker, seconds)
        }
        return nil
    }

    /// "1 hour 3 minutes 12 seconds" at the end of a line: the seconds, and how many words it took.
    private static func spelledDuration(_ words: [Substring]) -> (Double, Int)? {
        let units: [String: Double] = [
            "second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
        ]
        var total = 0.0
        var used = 0
        var index = words.count - 1
        while index >= 1, let unit = units[words[index].lowercased()], let amount = Double(words[index - 1]) {
            total += amount * unit
            used += 2
            index -= 2
        }
        return used > 0 ? (total, used) : nil
    }

    /// `[00:00:01] rest`, `(00:01) rest`, `00:05:16<TAB>rest`.
    private static func leadingClock(_ line: Substring) -> (Double, Substring)? {
        guard let first = line.utf8.first, (0x30...0x39).contains(first) || first == 0x5B || first == 0x28 else {
            return nil
        }
        guard let end = line.firstIndex(where: \.isWhitespace) else { return nil }
        var token = line[..<end]
        if (token.hasPrefix("[") && token.hasSuffix("]")) || (token.hasPrefix("(") && token.hasSuffix(")")) {
            token = token.dropFirst().dropLast()
        }
        guard let seconds = ClockTime.seconds(token) else { return nil }
        return (seconds, line[end...].trimmingWhitespace())
    }
}
