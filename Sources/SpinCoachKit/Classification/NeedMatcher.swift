/// Decides whether a product statement addresses an explicit need the buyer stated,
/// which is what turns an advantage into a benefit (Rackham).
enum NeedMatcher {
    /// Words too common to show that a statement is about a particular need.
    static let englishStopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those",
        "we", "our", "us", "you", "your", "i", "my", "me", "they", "their", "them", "he", "she", "his", "her",
        "so", "if", "then", "than", "can", "could", "would", "will", "should", "do", "does", "did", "have", "has",
        "had", "not", "no", "all", "any", "more", "most", "less", "about", "into", "out", "up", "down", "get",
        "got", "need", "needs", "want", "wants", "which", "what", "who", "how", "when", "where", "why", "there",
        "here", "one", "also", "just", "very", "really", "that's", "we're", "you're", "we'll", "you'll", "i'm",
        "means", "mean", "able", "every", "each", "way", "make", "makes", "said", "say", "like", "because",
        "before", "after", "over", "under", "without", "within", "per", "much", "many", "some", "only", "own",
    ]

    /// Chinese characters that carry grammar rather than topic.
    static let chineseStopCharacters: Set<String> = [
        "的", "了", "是", "在", "我", "们", "你", "您", "他", "她", "它", "这", "那", "个", "有", "和", "就", "都",
        "要", "也", "把", "被", "让", "给", "对", "能", "会", "可", "以", "说", "一", "不", "没", "吗", "呢", "吧",
        "啊", "上", "下", "中", "到", "过", "还", "很", "更", "最", "得", "地", "着", "之", "为", "与", "及", "其",
    ]

    /// Topic keys: English content-word stems, or Chinese character pairs.
    static func keys(_ tokens: [String]) -> Set<String> {
        var keys = Set<String>()
        var previousHan: String?
        for token in tokens {
            if token.unicodeScalars.first.map(Tokenizer.isCJK) == true {
                if chineseStopCharacters.contains(token) {
                    previousHan = nil
                    continue
                }
                if let previousHan { keys.insert(previousHan + token) }
                previousHan = token
            } else {
                previousHan = nil
                if token.count > 2 && !englishStopwords.contains(token) {
                    keys.insert(String(token.prefix(5)))
                }
            }
        }
        return keys
    }

    /// The stated need this statement addresses best, if it shares enough topic keys with it.
    static func bestMatch(tokens: [String], needs: [String]) -> String? {
        let statement = keys(tokens)
        var best: (need: String, shared: Int)?
        for need in needs {
            let needKeys = keys(Tokenizer.tokens(need))
            let shared = statement.intersection(needKeys).count
            let required = needKeys.count <= 2 ? 1 : 2
            if shared >= required, shared > (best?.shared ?? 0) {
                best = (need, shared)
            }
        }
        return best?.need
    }
}
