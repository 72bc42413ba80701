/// Spots the lines a buyer's style brief warns against (`StyleWarning`), so each one
/// counts as an off-style moment.
enum StyleFit {
    /// Words that oversell, which a C buyer distrusts.
    static let hypeCues = cues(
        "best", "amazing", "incredible", "revolutionary", "guarantee", "perfect", "world-class", "unbeatable", "100%",
        "最好", "绝对", "保证", "第一", "顶级", "完美", "领先")
    /// Pushing for speed, which an S buyer resists.
    static let pressureCues = cues(
        "sign today", "decide today", "right now", "immediately", "you must", "deadline", "only this week",
        "before the price", "马上", "今天就", "必须", "立刻", "赶紧", "最后一天")
    /// Asking for a decision rather than a step the buyer can take to colleagues.
    static let decisionCues = cues(
        "sign", "order", "contract", "purchase", "decide", "decision", "签", "合同", "订单", "下单", "采购单", "决定",
        "拍板", "定下来")
    /// Telling the buyer what to do, which a D buyer resents.
    static let directingCues = cues(
        "you should", "you need to", "you have to", "you'd better", "what you need is", "你应该", "您应该", "你必须", "您必须",
        "你得", "您得", "你需要", "您需要")
    /// A figure offered as a guess, which a C buyer will check.
    static let hedgeCues = cues(
        "about", "around", "roughly", "probably", "maybe", "i think", "i guess", "ballpark", "something like", "大概",
        "估计",
        "差不多", "可能", "大约", "左右")

    private static func cues(_ words: String...) -> [CuePattern] { words.map(CuePattern.init(personaCue:)) }

    /// The first thing in `style`'s brief this line breaks, in the brief's order; one per line.
    static func brokenWarning(
        style: DISCStyle, label: UtteranceLabel, tokens: TokenizedText, progress: CallProgress,
        language: ContentLanguage
    ) -> OffStyleReason? {
        StyleWarning.warnings(for: style).lazy.flatMap(\.moments).first {
            breaks($0, label: label, tokens: tokens, progress: progress, language: language)
        }
    }

    static func breaks(
        _ reason: OffStyleReason, label: UtteranceLabel, tokens: TokenizedText, progress: CallProgress,
        language: ContentLanguage
    ) -> Bool {
        let isLong = CallProgress.wordCount(tokens) > (language == .chinese ? 80 : 40)
        let asks = label.isSPIN || label == .question || label == .commitment
        func says(_ cues: [CuePattern]) -> Bool { cues.contains { $0.matches(tokens) } }
        switch reason {
        case .longTurn, .detail:
            return isLong
        case .smallTalk:
            return label == .rapport && progress.moments.count >= 2
        case .backgroundStreak:
            // One moment per string: the third background question in a row.
            return label == .situation && progress.situationStreak == 3
        case .directing:
            return !asks && says(directingCues)
        case .coldness:
            return !progress.rapportSeen && !progress.coldnessNoted && progress.moments.count >= 2
        case .pressure:
            return says(pressureCues)
        case .pushForDecision:
            return label == .commitment && says(decisionCues)
        case .hype:
            return says(hypeCues)
        case .guessedFigure:
            return !asks && says(hedgeCues) && containsFigure(tokens)
        }
    }

    private static let chineseNumerals = Set("零一二两三四五六七八九十百千万半")
    private static let chineseUnits: Set<String> = ["成", "倍", "%", "万", "千", "百", "个", "次", "天", "吨", "小", "年", "月"]

    /// Digits, or a Chinese numeral with a unit after it (三成, 两倍, 十天).
    static func containsFigure(_ tokens: TokenizedText) -> Bool {
        let words = tokens.tokens
        return words.indices.contains { index in
            let word = words[index]
            if !word.isEmpty && word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return true }
            guard word.count == 1, word.allSatisfy(chineseNumerals.contains), index + 1 < words.count else {
                return false
            }
            return chineseUnits.contains(words[index + 1]) || words[index + 1].allSatisfy(chineseNumerals.contains)
        }
    }
}
