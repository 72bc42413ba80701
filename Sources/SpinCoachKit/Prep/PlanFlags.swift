/// Red flags (seed 003's 小红旗) and the coach's answer to each kind of objection.
struct PlanFlags: Sendable {
    let language: ContentLanguage

    private func text(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    var unmetInfluencer: String {
        text(
            "Someone with a say in the decision has not been met: find out who, and how to reach them.",
            "有个对决定有发言权的人我方还没见过：弄清是谁，怎样才能见到。")
    }
    var economicBuyerUnmet: String {
        text(
            "This buyer cannot give the final yes: the economic buyer is someone you have not met yet.",
            "这位客户不能最后拍板：经济决策者你还没见过。")
    }
    var coachLacksInformation: String {
        text(
            "Your coach lacks information: check what they really know before you rely on it.",
            "你的教练掌握的信息不够：依靠他之前，先核实他到底知道什么。")
    }
    var noCoach: String {
        text("You have no coach inside the account: nobody will warn you of changes.", "客户内部没有教练：有变化没人提醒你。")
    }
    var unclearWinCriteria: String {
        text(
            "The win criteria are unclear: you don't know how they will choose. Ask before you propose.",
            "选择标准不清楚：不知道他们按什么选。提方案之前先问清楚。")
    }
    func noGap(_ mode: ResponseMode) -> String {
        let name = PlanVocabulary(language: language).name(of: mode)
        return text(
            "A buyer in \(name) mode sees no gap: show a discrepancy with their own goals before problem questions land.",
            "\(name)的客户看不到差距：先让他看到现状和他自己目标的落差，难点问题才问得进去。")
    }
    func against(_ stance: Stance) -> String {
        let name = PlanVocabulary(language: language).name(of: stance)
        return text(
            "This buyer is a \(name): plan who else can carry your case.", "这位客户是\(name)：想好还有谁能替你说话。")
    }

    /// Flags that follow from who the buyer is, whatever the rep answered.
    func fromBuyer(_ buyer: PlannedBuyer) -> [String] {
        var flags: [String] = []
        if let mode = buyer.mode, mode.deniesProblemsAtFirst { flags.append(noGap(mode)) }
        if let stance = buyer.stance, stance == .enemy || stance == .blocker { flags.append(against(stance)) }
        return flags
    }

    /// How to meet an objection of each kind the personas raise.
    func answer(to trigger: ObjectionTrigger) -> String {
        switch trigger {
        case .pitch:
            text(
                "Stop presenting; ask about their problem and let them say what matters.",
                "停下介绍，回到他的难点上提问，让他自己说出什么最重要。")
        case .needPayoff:
            text(
                "Go back a step: develop the problem with an implication question, then ask what solving it is worth.",
                "退一步：先用暗示问题把难点放大，再问解决它值多少。")
        case .pressure:
            text(
                "Take the pressure off: offer a smaller, lower-risk step and let them set the pace.",
                "别再施压：换一个更小、风险更低的步骤，节奏让他来定。")
        case .price:
            text(
                "Tie the cost to the value they stated themselves, in their own figures.", "把价格和他自己说出的价值连起来，用他自己的数字算。")
        case .commitment:
            text(
                "Ask for the minimum acceptable step instead: small, concrete and dated.", "改提最低可接受的一步：小、具体、有日期。")
        }
    }
}
