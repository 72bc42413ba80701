import Foundation

/// Reviews one imported call: tells the rep from the buyers, labels every rep
/// utterance, finds the buyer's explicit needs and DISC cues, and measures the conversation.
public struct CallReviewer: Sendable {
    public let classifier: UtteranceClassifier
    let coaching: ReviewCoaching
    /// `--rep`: the rep's name in every call reviewed.
    public var rep: String?
    /// `--lang`; nil detects each call's language.
    public var language: ContentLanguage?

    public init(
        classifier: UtteranceClassifier, scripts: [Script], rep: String? = nil, language: ContentLanguage? = nil
    ) {
        self.classifier = classifier
        coaching = ReviewCoaching(scripts: scripts)
        self.rep = rep
        self.language = language
    }

    public func review(_ transcript: Transcript) throws(TranscriptProblem) -> CallReview {
        let speakers = transcript.speakers
        let identified: (name: String, rule: RepRule)
        switch RepIdentification.identify(
            speakers: speakers, utterances: transcript.utterances, requested: rep, sessionRep: transcript.practice?.rep)
        {
        case .success(let found): identified = found
        case .failure(.noSpeakers):
            throw TranscriptProblem(
                file: transcript.file,
                message: "no speakers: nothing in this file says who is talking, so the rep cannot be told from "
                    + "the buyer (export it with speaker names, or diarize it first)")
        case .failure(.unknownRep(let name, let known)):
            throw TranscriptProblem(
                file: transcript.file,
                message: "--rep '\(name)' is not a speaker in this call; its speakers are "
                    + known.joined(separator: ", "))
        }
        let language = transcript.practice?.language ?? self.language ?? Self.detectLanguage(transcript.utterances)
        var turns: [ReviewedTurn] = []
        turns.reserveCapacity(transcript.utterances.count)
        var statedNeeds: [String] = []
        var discCues = [[String]](repeating: [], count: DISCCues.lists.count)
        for (index, utterance) in transcript.utterances.enumerated() {
            let side: Side? = utterance.speaker.map { $0 == identified.name ? .rep : .buyer }
            var turn = ReviewedTurn(
                index: index, speaker: utterance.speaker ?? "(unlabelled)", side: side, text: utterance.text,
                start: utterance.start, end: utterance.end, line: utterance.line, words: 0, reason: utterance.reason)
            if side == .rep {
                let result = classifier.classify(utterance.text, language: language, statedNeeds: statedNeeds)
                turn.label = result.label
                turn.confidence = result.confidence
                turn.evidence = result.evidence
                turn.words = WordCount.count(utterance.text)
            } else {
                let tokens = Tokenizer.tokenize(utterance.text)
                turn.words = tokens.tokens.count { $0 != "?" }
                if side == .buyer {
                    turn.explicitNeed = NeedDetector.explicitNeed(tokens)
                    if turn.explicitNeed != nil { statedNeeds.append(utterance.text) }
                    for (position, list) in DISCCues.lists.enumerated() {
                        discCues[position] += list.1.matches(tokens)
                    }
                }
            }
            turns.append(turn)
        }
        let timing = ConversationMetrics.timing(of: turns)
        let duration = ConversationMetrics.duration(of: turns)
        let questions = Self.questionStats(turns, duration: duration)
        let practice = transcript.practice.map {
            PracticeSummary(
                sessionID: $0.sessionID, persona: $0.persona, script: $0.script, outcome: $0.outcome, score: $0.score)
        }
        return CallReview(
            file: transcript.file, format: transcript.format, language: language,
            date: transcript.practice?.started ?? CallDate.fromFileName(transcript.file), timing: timing,
            duration: duration, rep: identified.name, repRule: identified.rule,
            speakers: Self.speakerStats(speakers, turns: turns, timing: timing), turns: turns, questions: questions,
            metrics: ConversationMetrics.measure(turns, questions: questions.total, timing: timing, duration: duration),
            disc: DISCCues.hint(
                Dictionary(uniqueKeysWithValues: zip(DISCCues.lists.map(\.0), discCues))),
            coaching: coaching.points(
                for: turns, questions: questions, language: language, script: transcript.practice?.script),
            practice: practice)
    }

    /// The language most of the call's first utterances are in.
    static func detectLanguage(_ utterances: [Utterance]) -> ContentLanguage {
        Tokenizer.detectLanguage(utterances.prefix(60).map(\.text).joined(separator: " "))
    }

    static func questionStats(_ turns: [ReviewedTurn], duration: Double?) -> QuestionStats {
        var spin: [String: Int] = [:]
        var total = 0
        var prematureNeedPayoffs: [Int] = []
        var prematurePitches: [Int] = []
        var implicationAsked = false
        var needStated = false
        for turn in turns {
            if turn.explicitNeed != nil { needStated = true }
            guard turn.side == .rep, let label = turn.label else { continue }
            if turn.isQuestion { total += 1 }
            if label.isSPIN { spin[label.rawValue, default: 0] += 1 }
            if label == .implication { implicationAsked = true }
            if label == .needPayoff, !implicationAsked { prematureNeedPayoffs.append(turn.index) }
            if label == .feature || label == .advantage, !needStated { prematurePitches.append(turn.index) }
        }
        let perMinute = duration.map { seconds in
            spin.mapValues { (Double($0) / (seconds / 60) * 100).rounded() / 100 }
        }
        return QuestionStats(
            total: total, spin: spin, perMinute: perMinute, prematureNeedPayoffs: prematureNeedPayoffs,
            prematurePitches: prematurePitches)
    }

    static func speakerStats(_ speakers: [String], turns: [ReviewedTurn], timing: Timing) -> [SpeakerStats] {
        var stats = Dictionary(
            uniqueKeysWithValues: speakers.map { ($0, SpeakerStats(name: $0, side: nil, turns: 0, words: 0)) })
        for turn in turns where turn.side != nil {
            guard var entry = stats[turn.speaker] else { continue }
            entry.side = turn.side
            entry.turns += 1
            entry.words += turn.words
            if timing == .full, let start = turn.start, let end = turn.end {
                entry.seconds = (entry.seconds ?? 0) + max(0, end - start)
            }
            stats[turn.speaker] = entry
        }
        return speakers.compactMap { stats[$0] }
    }
}

/// Words as the talk measures count them, without building tokens: runs of letters
/// or digits, and every Chinese character on its own.
enum WordCount {
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if Tokenizer.isCJK(scalar) {
                count += 1
                inWord = false
            } else if Tokenizer.isWordScalar(scalar) || (inWord && (scalar == "'" || scalar == "\u{2019}")) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }
}

/// A call's date from its file name, as recorders write it: `2024-01-24`, `GMT20240124-…`, `20240124`.
enum CallDate {
    static func fromFileName(_ path: String) -> Date? {
        let name = Array((path as NSString).lastPathComponent.utf8)
        var index = 0
        while index + 8 <= name.count {
            if let date = date(in: name, at: index) { return date }
            index += 1
        }
        return nil
    }

    private static func date(in bytes: [UInt8], at start: Int) -> Date? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ (48...57).contains($0) }) else {
                return nil
            }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        if start > 0, (48...57).contains(bytes[start - 1]) { return nil }
        var parts: (Int, Int, Int)?
        if let year = number(start..<(start + 4)), start + 10 <= bytes.count, bytes[start + 4] == 45,
            bytes[start + 7] == 45, let month = number((start + 5)..<(start + 7)),
            let day = number((start + 8)..<(start + 10))
        {
            parts = (year, month, day)
        } else if let year = number(start..<(start + 4)), let month = number((start + 4)..<(start + 6)),
            let day = number((start + 6)..<(start + 8)),
            start + 8 == bytes.count || !(48...57).contains(bytes[start + 8])
        {
            parts = (year, month, day)
        }
        guard let (year, month, day) = parts, (1990...2100).contains(year), (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        return DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: .gmt, year: year, month: month, day: day
        )
        .date
    }
}
