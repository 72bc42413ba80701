/// Which speaker is the rep: `--rep`, else the practice call's rep, else the speaker
/// who asks the most questions (ties go to whoever spoke first).
enum RepIdentification {
    enum Failure: Error, Equatable {
        case noSpeakers
        case unknownRep(String, speakers: [String])
    }

    static func identify(
        speakers: [String], utterances: [Utterance], requested: String?, sessionRep: String?
    ) -> Result<(name: String, rule: RepRule), Failure> {
        guard !speakers.isEmpty else { return .failure(.noSpeakers) }
        if let requested {
            guard let found = match(requested, in: speakers) else {
                return .failure(.unknownRep(requested, speakers: speakers))
            }
            return .success((found, .option))
        }
        if let sessionRep, let found = match(sessionRep, in: speakers) { return .success((found, .session)) }
        if speakers.count == 1 { return .success((speakers[0], .onlySpeaker)) }
        var questions: [String: Int] = [:]
        for utterance in utterances {
            guard let speaker = utterance.speaker else { continue }
            questions[speaker, default: 0] += QuestionShape.questions(in: utterance.text)
        }
        let best = speakers.max { (questions[$0] ?? 0) < (questions[$1] ?? 0) } ?? speakers[0]
        // `max` returns the last of equals; the first speaker with the top count wins instead.
        let top = questions[best] ?? 0
        return .success((speakers.first { (questions[$0] ?? 0) == top } ?? best, .mostQuestions))
    }

    /// Names are matched without regard to case or surrounding spaces.
    static func match(_ name: String, in speakers: [String]) -> String? {
        let wanted = name.trimmingWhitespaceAndCase()
        return speakers.first { $0.trimmingWhitespaceAndCase() == wanted }
    }
}

/// A cheap count of the questions in a line, for telling the rep apart before anything is classified.
enum QuestionShape {
    static let englishStarts: Set<String> = [
        "how", "what", "what's", "why", "when", "where", "who", "which", "do", "does", "did", "is", "are", "can",
        "could", "would", "will", "should", "have", "has",
    ]

    static func questions(in text: String) -> Int {
        // "?" is 0x3F; the full-width "？" is EF BC 9F in UTF-8.
        var marks = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x3F || (byte == 0x9F && previous == (0xEF, 0xBC)) { marks += 1 }
            previous = (previous.1, byte)
        }
        if marks > 0 { return marks }
        var first = ""
        for byte in text.utf8.prefix(8) {
            guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27 else { break }
            first.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 32 : byte))
        }
        if englishStarts.contains(first) { return 1 }
        return text.hasSuffix("吗") || text.hasSuffix("呢") ? 1 : 0
    }
}

extension String {
    fileprivate func trimmingWhitespaceAndCase() -> String {
        Substring(self).trimmingWhitespace().lowercased()
    }
}
