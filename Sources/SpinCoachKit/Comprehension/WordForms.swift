/// Reduces English words to a shared form so "stop", "stops", "stopped",
/// "stopping" and "stoppage" meet, and lists the words that carry no topic.
///
/// A light suffix stripper rather than a full Porter stemmer: buyers' and reps'
/// words need to meet, not to be linguistically exact, and a light rule keeps
/// "cost" and "costly" from both collapsing into nonsense stems a trainer cannot read.
public enum WordForms {
    public static func stem(_ word: String) -> String {
        var stem = word.lowercased()
        if stem.hasSuffix("'s") { stem.removeLast(2) }
        guard stem.utf8.count > 3, stem.utf8.allSatisfy({ $0 < 0x80 }) else { return stem }
        if let stripped = strippedSuffix(stem) { stem = stripped }
        return undoubled(stem)
    }

    /// One suffix at most, longest first, leaving at least three letters.
    private static func strippedSuffix(_ word: String) -> String? {
        // The word is ASCII here, so counting bytes is counting letters, and much cheaper.
        func keeps(_ suffix: String) -> Bool { word.utf8.count - suffix.utf8.count >= 3 && word.hasSuffix(suffix) }
        for (suffix, replacement) in suffixRules where keeps(suffix) {
            return String(word.dropLast(suffix.count)) + replacement
        }
        if keeps("ly"), !word.dropLast(2).hasSuffix("p") { return String(word.dropLast(2)) }
        if keeps("es"), ["s", "x", "z", "ch", "sh"].contains(where: word.dropLast(2).hasSuffix) {
            return String(word.dropLast(2))
        }
        // "loss", "status" and "basis" are not plurals.
        if keeps("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return nil
    }

    static let suffixRules: [(String, String)] = [
        ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ages", ""), ("age", ""),
        ("ingly", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("ily", "y"), ("edly", ""),
        ("ness", ""), ("ed", ""),
    ]

    /// "stopp" → "stop", "runn" → "run"; "ll", "ss" and "ff" stay ("bill", "loss", "staff").
    private static func undoubled(_ stem: String) -> String {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 4, let last = scalars.last, last == scalars[scalars.count - 2] else {
            return finalE(stem)
        }
        if "lsfz".unicodeScalars.contains(last) || "aeiou".unicodeScalars.contains(last) { return stem }
        return String(stem.dropLast())
    }

    /// "delivery" and "deliver", "machine" and "machines": a final e or y goes,
    /// so both sides of a suffix rule land on the same form.
    private static func finalE(_ stem: String) -> String {
        guard stem.utf8.count > 4, let last = stem.last, last == "e" || last == "y" else { return stem }
        return String(stem.dropLast())
    }

    /// Function words and question frames, which say nothing about the topic.
    public static let englishStopWords: Set<String> = Set(
        """
        a about above after again all also am an and any are as at be been before being below between both but by \
        can could did do does doing done down during each few for from further get gets getting got had has have \
        having he her here hers him his how i if in into is it its itself just let lets me more most much my no nor \
        not now of off on once only or other our ours out over own per quite rather really right same she should so \
        some such than that the their theirs them then there these they this those through to too under until up \
        us very was we were what when where which while who whom why will with would you your yours yourself \
        i'm i'd i'll i've you're you've you'd you'll we're we've it's that's what's there's don't doesn't didn't \
        isn't aren't wasn't weren't haven't hasn't can't couldn't won't wouldn't let's how's where's who's \
        tell say said ask asked think thought know knew mean like kind sort bit lot lots thing things stuff way \
        ok okay so well yes yeah sure thanks thank please maybe perhaps actually basically currently today \
        usually typically normally generally one ones two go going goes went make makes made take takes took \
        come comes came give gives gave see saw look looks looked happen happens happened happening \
        last night ago ever often times week weeks without within across around
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Words that name no topic of their own but make a question open:
    /// "what's the biggest headache?" asks for whatever troubles the buyer most.
    public static let englishOpenWords: Set<String> = Set(
        """
        biggest big main top worst hardest most challenge challenges challenging difficult difficulty difficulties \
        hard problem problems issue issues headache headaches concern concerns worry worries frustrate frustrates \
        frustrating frustration pain trouble troubles struggle struggling lately recently moment awake \
        night wrong well better improve wish
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Words that point back to what was just said: "what does that cost you?".
    public static let englishReferringWords: Set<String> = [
        "it", "that", "this", "those", "these", "they", "them", "there", "then", "such", "it's", "that's",
    ]

    /// Chinese pairs that carry no topic.
    public static let chineseStopPairs: Set<String> = Set(
        """
        什么 怎么 我们 您们 你们 他们 一下 这个 那个 这些 那些 有没 没有 是不 不是 现在 目前 大概 一般 可以 觉得 您看 \
        请问 能不 不能 这边 那边 情况 方面 的话 一些 多少 时候 怎样 如何 哪些 哪个 为什 比如 还是 或者 就是 也是 \
        是否 有多 多大 大家 其实 比较 通常 平时 主要 具体 这块 那块 这次 那次 一直 已经 还有 以及 然后 所以 因为 \
        如果 的是 了吗 呢？ 咱们 贵司 您这 您的 我想 想问 了解 问问 聊聊 说说 讲讲 介绍
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Pronouns, particles and question words: a pair containing one names no topic.
    public static let chineseFunctionCharacters: Set<String> = Set(
        "您你我他她它们的了吗呢么是有在和就都也还把被让给对会能要什怎哪吧啊呀这那个一些多少很太最更挺得地着过又才再请"
            .map(String.init))

    /// Phrases that make a question open though their words name topics elsewhere: "what keeps you
    /// up?" is open, "how do you keep an eye on them?" and "how does dispatch work?" are not.
    public static let englishOpenPhrases: [[String]] = [
        ["keeps", "you", "up"], ["keep", "you", "up"], ["not", "working"], ["isn't", "working"],
        ["would", "you", "change"], ["could", "change"],
    ]

    /// Chinese words that make a question open, like the English `englishOpenWords`.
    public static let chineseOpenPairs: Set<String> = Set(
        """
        头疼 头痛 难题 问题 困难 挑战 麻烦 困扰 担心 顾虑 压力 最大 最难 最让 不满 满意 烦心 难处 痛点 操心 \
        改进 改善 不顺 卡脖 短板
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Characters that point back: 这、那 and 它 in any word ("这对下游有什么影响？").
    public static let chineseReferringCharacters: Set<String> = ["这", "那", "它", "此", "该"]
}
