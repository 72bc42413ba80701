/// Turns WebVTT cues into utterances. The speaker comes from `<v Name>` spans
/// (Teams), else a `Name: text` payload (Zoom), else a payload whose first line is
/// only a name, when most cues are written that way.
enum WebVTTImporter {
    static func utterances(_ document: WebVTTDocument) -> [Utterance] {
        let namesOnFirstLine = usesFirstLineNames(document.cues)
        var utterances: [Utterance] = []
        var names = SpeakerName.Cache()
        for cue in document.cues {
            let segments = WebVTTCueText.segments(cue.text)
            if segments.contains(where: { $0.voice != nil }) {
                utterances += voiced(segments, cue: cue)
                continue
            }
            var payload = Substring(WebVTTCueText.decodeReferences(SRTParser.stripTags(Substring(cue.text))))
            var speaker: String?
            if namesOnFirstLine, let newline = payload.firstIndex(of: "\n"),
                let name = firstLineName(payload[..<newline])
            {
                speaker = name
                payload = payload[payload.index(after: newline)...]
            } else if let prefixed = names.splitPrefix(payload) {
                speaker = prefixed.name
                payload = prefixed.text
            }
            let text = payload.split(whereSeparator: \.isNewline).joined(separator: " ")
            utterances.append(Utterance(speaker: speaker, text: text, start: cue.start, end: cue.end, line: cue.line))
        }
        return utterances
    }

    /// Each voice's run gets its share of the cue's time, by length; text outside any
    /// span belongs to the voice before it (or, at the start, the one after).
    private static func voiced(_ segments: [WebVTTCueText.Segment], cue: WebVTTDocument.Cue) -> [Utterance] {
        var runs: [(voice: String?, text: String)] = []
        var pending = ""
        for segment in segments {
            guard let voice = segment.voice else {
                if runs.isEmpty { pending += segment.text } else { runs[runs.count - 1].text += segment.text }
                continue
            }
            runs.append((voice, pending + segment.text))
            pending = ""
        }
        runs = runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let total = Double(runs.reduce(0) { $0 + $1.text.count })
        var start = cue.start
        return runs.map { run in
            let share = total > 0 ? Double(run.text.count) / total : 0
            let end = start + (cue.end - cue.start) * share
            defer { start = end }
            let name = run.voice.flatMap { $0.isEmpty ? nil : $0 }
            return Utterance(speaker: name, text: run.text, start: start, end: end, line: cue.line)
        }
    }

    /// Two to four capitalised words and nothing else, as in "Alice Smith".
    private static func firstLineName(_ line: Substring) -> String? {
        guard !line.contains(":"), line.split(separator: " ").count >= 2 else { return nil }
        return SpeakerName.normalized(line)
    }

    /// A file names speakers on the first line when at least half its cues (and two or more) do.
    private static func usesFirstLineNames(_ cues: [WebVTTDocument.Cue]) -> Bool {
        let named = cues.filter { cue in
            guard !cue.text.contains("<v"), let newline = cue.text.firstIndex(of: "\n") else { return false }
            return firstLineName(cue.text[..<newline]) != nil
        }.count
        return named >= 2 && named * 2 >= cues.count
    }
}
