/// The review's own words, in the call's language.
struct ReviewPhrases: Sendable {
    let language: ContentLanguage

    func advice(_ kind: String) -> String {
        switch kind {
        case "premature-pitch":
            language.text(
                "You offered a solution before the buyer had stated a need. Develop the problem first:",
                "客户还没说出明确需求，你就开始介绍方案了。先把问题展开：")
        case "premature-need-payoff":
            language.text(
                "This need-payoff came before any implication question, so the problem was still small:",
                "这个需求-效益问题出现在任何暗示问题之前，问题还没被放大：")
        case "situation-streak":
            language.text(
                "Three background questions in a row; do this homework before the call and ask about difficulties:",
                "连续三个背景问题；这些功课应在拜访前做好，改问难点：")
        case "got-explicit-need":
            language.text(
                "This need-payoff got the buyer to state an explicit need in their own words. Keep doing it:",
                "这个需求-效益问题让客户亲口说出了明确需求，继续这样问：")
        case "developed-problem":
            language.text(
                "This implication question made the problem bigger, which is what moves a large sale:",
                "这个暗示问题把问题放大了，这正是推动大单的关键：")
        case "uncovered-problem":
            language.text(
                "This uncovered a problem. Follow it with its consequences before offering anything:",
                "这个问题挖出了一个难点。先追问它的后果，再谈方案：")
        case "fewer-situation":
            language.text(
                "Ask fewer situation questions and more about difficulties and their consequences. After:",
                "少问背景问题，多问难点和后果。比如在这句之后：")
        default:
            language.text(
                "Turn statements like this into a question that lets the buyer talk:", "把这样的陈述改成问题，让客户多说：")
        }
    }

    func metricName(_ id: String) -> String {
        switch id {
        case "talk-share": language.text("rep talk share", "销售讲话占比")
        case "longest-rep-monologue": language.text("longest rep monologue", "销售最长独白")
        case "longest-buyer-story": language.text("longest buyer story", "客户最长连续讲述")
        case "interactivity": language.text("interactivity (switches/min)", "互动性（每分钟换人次数）")
        case "patience": language.text("patience (median pause before the rep speaks)", "耐心（销售开口前的停顿中位数）")
        case "question-rate": language.text("question rate (per min)", "提问频率（每分钟）")
        case "questions-per-call": language.text("questions in the call", "本次提问数")
        case "question-share": language.text("questions among rep turns", "提问占销售发言比例")
        default: id
        }
    }

    func ruleText(_ rule: RepRule) -> String {
        switch rule {
        case .option: language.text("named with --rep", "由 --rep 指定")
        case .session: language.text("the practice call's rep", "练习记录中的销售")
        case .mostQuestions: language.text("asks the most questions", "提问最多的人")
        case .onlySpeaker: language.text("the only speaker", "唯一的发言人")
        }
    }

    func verdict(_ verdict: Verdict?) -> String {
        switch verdict {
        case .below: language.text("below", "低于")
        case .within: language.text("within", "符合")
        case .above: language.text("above", "高于")
        case nil: ""
        }
    }

    func reason(_ reason: BuyerReason, terms: Terms) -> String {
        let item = reason.item.map { " \($0)" } ?? ""
        var text: String
        switch reason.kind {
        case "reveals": text = language.text("reveals", "透露") + item
        case "guarded": text = language.text("guarded about", "有所保留：") + item
        case "not-ready": text = language.text("not ready to state", "还没准备好说出") + item
        case "withheld": text = language.text("held back", "暂不透露") + item
        case "off-topic": text = language.text("off topic", "离题")
        case "objection":
            text =
                language.text("objection", "异议")
                + (reason.trigger.map { terms.parenthesized(terms.name(ofLoggedTrigger: $0)) } ?? "")
        case "repeats": text = language.text("repeats", "重复") + item
        case "missed": text = language.text("missed the topic", "没听出问的是哪件事")
        case "rapport": text = language.text("rapport", "寒暄")
        case "heard": text = language.text("took it in", "听进去了")
        case "commitment":
            text =
                language.text("answered the step", "回应下一步")
                + (reason.trigger.map { terms.parenthesized(terms.name(ofLoggedTrigger: $0)) } ?? "")
        case "walk-out": text = language.text("walked out", "结束拜访")
        default: text = reason.kind + item
        }
        if let evidence = reason.evidence, !evidence.isEmpty {
            text +=
                language.text(" because of ", "，依据：")
                + evidence.map { language.text("\"\($0)\"", "“\($0)”") }.joined(separator: language.text(", ", "、"))
        }
        if reason.focus == true { text += language.text(" (in focus)", "（焦点）") }
        return text
    }
}

extension BuyerReason {
    /// What the buyer did with a rep line, in a few words (`sessions show --explain`, review).
    public func summary(terms: Terms) -> String {
        ReviewPhrases(language: terms.language).reason(self, terms: terms)
    }
}
