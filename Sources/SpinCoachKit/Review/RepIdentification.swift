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
    static let englishStarts: Set<Substring> = [
        "how", "what", "what's", "why", "when", "where", "who", "which", "do", "does", "did", "is", "are", "can",
        "could", "would", "will", "should", "have", "has",
    ]

    static func questions(in text: String) -> Int {
        let marks = text.reduce(0) { $0 + ($1 == "?" || $1 == "？" ? 1 : 0) }
        if marks > 0 { return marks }
        let first = text.prefix { $0.isLetter || $0 == "'" }.lowercased()
        if englishStarts.contains(Substring(first)) { return 1 }
        return text.hasSuffix("吗") || text.hasSuffix("呢") ? 1 : 0
    }
}

extension String {
    fileprivate func trimmingWhitespaceAndCase() -> String {
        Substring(self).trimmingWhitespace().lowercased()
    }
}
