/// `/why`: what the buyer took the rep's last line to be about, in the rep's language.
extension Understanding {
    public func explanation(language: ContentLanguage) -> String {
        let t = language.text
        let item = self.item?.description ?? ""
        let problem = self.item?.problemID ?? ""
        let words = evidence.prefix(4).map { t("\"\($0)\"", "“\($0)”") }.joined(separator: t(", ", "、"))
        let because = words.isEmpty ? "" : t(" (from \(words))", "（依据：\(words)）")
        var text: String
        switch outcome {
        case .reveals:
            text = t(
                "The buyer heard a question about \(item)\(because) and answered it.",
                "客户把这句听成在问 \(item)\(because)，并作了回答。")
        case .repeats:
            text = t(
                "The buyer heard a question about \(item)\(because), which it had already told you, so it said it again.",
                "客户把这句听成在问 \(item)\(because)，这一点之前已经说过，所以又重复了一遍。")
        case .guarded:
            text = t(
                "The buyer heard a question about \(item)\(because). It has that problem but played it down: ask again in your own words, or make it safer to talk about.",
                "客户听懂了这是在问 \(item)\(because)。这个问题确实存在，但客户先轻描淡写带过去了：换个说法再问一次，或者先让对方放下戒心。")
        case .notReady:
            text = t(
                "The buyer heard a need-payoff question about \(problem)\(because), but that problem has not been developed yet: ask what it costs or leads to first.",
                "客户听懂了这是针对 \(problem) 的需求-效益问题\(because)，但这个问题的影响还没谈开：先问问它带来的代价和后果。")
        case .offTopic:
            text = t("The buyer found nothing in your last line it could speak to.", "客户在这句话里找不到能接的话题。")
        case .missed:
            text = t(
                "The buyer understood the kind of question but not what it was about: name the problem or topic you mean.",
                "客户听出了问题的类型，但没听出问的是哪件事：把你指的问题或话题说出来。")
        }
        if byFocus, !problem.isEmpty {
            text += t(
                " It took the line as being about the problem under discussion (\(problem)).",
                "客户是按正在谈的问题（\(problem)）来理解这句的。")
        }
        return text
    }
}
