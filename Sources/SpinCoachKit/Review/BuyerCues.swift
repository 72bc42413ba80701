/// Phrases matched in the buyer's words by their tokens' hashes: English as whole-word
/// sequences, Chinese as runs of characters (each Chinese character is a token).
struct PhraseList: Sendable {
    struct Phrase: Sendable {
        var text: String
        var hashes: [UInt64]
    }

    let phrases: [Phrase]
    /// Phrases by the hash of their first token, so a line is scanned once.
    private let byFirstToken: [UInt64: [Int]]

    init(english: [String], chinese: [String]) {
        phrases = (english + chinese).map { Phrase(text: $0, hashes: Tokenizer.tokenize($0).hashes) }
        var index: [UInt64: [Int]] = [:]
        for (position, phrase) in phrases.enumerated() {
            if let first = phrase.hashes.first { index[first, default: []].append(position) }
        }
        byFirstToken = index
    }

    /// Every phrase found, each once, in the order they first occur.
    func matches(_ tokens: TokenizedText) -> [String] {
        var found: [String] = []
        let hashes = tokens.hashes
        for start in hashes.indices {
            guard let candidates = byFirstToken[hashes[start]] else { continue }
            for candidate in candidates {
                let phrase = phrases[candidate]
                guard start + phrase.hashes.count <= hashes.count,
                    hashes[start..<(start + phrase.hashes.count)].elementsEqual(phrase.hashes),
                    !found.contains(phrase.text)
                else { continue }
                found.append(phrase.text)
            }
        }
        return found
    }
}

/// An explicit need, in Rackham's sense: a specific want the buyer states ("we need to
/// cut unplanned stops"), as opposed to an implied need (a problem or dissatisfaction).
enum NeedDetector {
    static let wants = PhraseList(
        english: [
            "we need", "we really need", "i need", "we'd need", "we would need", "we want", "i want", "we'd like",
            "i'd like", "we would like", "we must", "we have to", "we've got to", "we are looking for",
            "we're looking for", "what we need", "our priority is", "we require", "it's critical that we",
            "we'd want", "we would want", "we need to", "we'd love", "we'd love to",
        ],
        chinese: ["我们需要", "我需要", "我们希望", "我希望", "我们想要", "我想要", "必须", "一定要", "我们要", "要求", "最好能"])

    static let negations = PhraseList(
        english: ["don't need", "do not need", "don't want", "no need", "not looking for", "doesn't need"],
        chinese: ["不需要", "不想要", "不希望", "没必要", "不用"])

    /// The phrase that states the need, or nil. A question is never a stated need.
    static func explicitNeed(_ tokens: TokenizedText) -> String? {
        guard !tokens.tokens.contains("?"), negations.matches(tokens).isEmpty else { return nil }
        return wants.matches(tokens).first
    }
}

/// Words in the buyer's speech that suggest a DISC style (seed 004, ch. 3): pace,
/// directness, and whether they ask about results, people, process or data.
/// DISC has weak scientific validity; the review presents this as a hint, never a verdict.
enum DISCCues {
    static let lists: [(DISCStyle, PhraseList)] = [
        (
            .dominance,
            PhraseList(
                english: [
                    "bottom line", "get to the point", "results", "quickly", "right now", "decide", "decision",
                    "roi", "return", "deadline", "just tell me", "what's the cost", "how fast", "win", "beat",
                ],
                chinese: ["直接说", "结果", "尽快", "马上", "底线", "拍板", "效率", "回报", "别绕", "说重点"])
        ),
        (
            .influence,
            PhraseList(
                english: [
                    "love", "exciting", "excited", "amazing", "fun", "great story", "who else", "everyone",
                    "fantastic", "awesome", "recognition", "i feel", "imagine",
                ],
                chinese: ["太棒了", "有意思", "开心", "大家", "哪些同行", "朋友", "热闹", "认可", "感觉"])
        ),
        (
            .steadiness,
            PhraseList(
                english: [
                    "step by step", "my team", "our team", "comfortable", "careful", "support", "stable", "risk",
                    "change", "take our time", "talk it over", "reliable", "trust",
                ],
                chinese: ["一步一步", "团队", "稳妥", "慢慢来", "商量", "风险", "变动", "放心", "支持", "稳定"])
        ),
        (
            .conscientiousness,
            PhraseList(
                english: [
                    "data", "exactly", "precisely", "accuracy", "accurate", "specification", "specifications",
                    "evidence", "proof", "documentation", "in writing", "details", "figures", "how do you measure",
                    "standard", "compliance",
                ],
                chinese: ["数据", "精确", "准确", "规格", "证据", "证明", "书面", "细节", "标准", "核实", "参数"])
        ),
    ]

    /// The style most of the buyer's cues point to, with a confidence that grows with
    /// how one-sided the cues are and how many there are (full at six or more).
    static func hint(_ counts: [DISCStyle: [String]]) -> DISCHint? {
        let total = counts.values.reduce(0) { $0 + $1.count }
        guard total >= 2 else { return nil }
        let ranked = DISCStyle.allCases.map { ($0, counts[$0] ?? []) }.sorted { $0.1.count > $1.1.count }
        let (style, cues) = ranked[0]
        guard ranked.count < 2 || cues.count > ranked[1].1.count else { return nil }
        let confidence = Double(cues.count) / Double(total) * min(1, Double(total) / 6)
        return DISCHint(style: style, confidence: (confidence * 100).rounded() / 100, cues: Array(cues.prefix(6)))
    }
}
