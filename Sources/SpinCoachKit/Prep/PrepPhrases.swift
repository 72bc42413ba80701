/// Everything the prep conversation says, in the plan's language.
struct PrepPhrases: Sendable {
    let language: ContentLanguage
    var vocabulary: PlanVocabulary { PlanVocabulary(language: language) }

    private func text(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    var listNote: String { text("One per line; an empty line when you are done.", "每行一条；写完了输入一个空行。") }
    var modelNote: String {
        text("Type ? to take the model question from the script.", "输入 ? 直接采用话术里的示范问题。")
    }

    var script: String { text("What are you selling on this call?", "这次拜访你要卖什么？") }
    var buyerName: String { text("Who are you meeting? (name and title)", "你要见的是谁？（姓名和职务）") }
    var role: String { text("Their buying role:", "他的采购角色：") }
    var stance: String { text("Where do they stand toward you?", "他对我方的立场：") }
    var mode: String { text("How do they see their own situation? (response mode)", "他怎么看自己的现状？（反应模式）") }
    var style: String { text("Their DISC style:", "他的沟通风格（DISC）：") }
    var styleUnknown: String {
        text("I don't know: ask me how they behave", "不知道：问我几个他平时表现的问题")
    }
    var dontKnow: String { text("Don't know", "不知道") }
    func behaviour(_ number: Int, of count: Int, _ question: String) -> String {
        text("(\(number)/\(count)) \(question)", "（\(number)/\(count)）\(question)")
    }
    func suggested(_ style: DISCStyle, confidence: Double) -> String {
        let percent = Int((confidence * 100).rounded())
        return text(
            "Their answers suggest \(vocabulary.name(of: style)), \(percent)% confidence. A rapport hint, not a diagnosis.",
            "从你的回答看，他像\(vocabulary.name(of: style))，置信度\(percent)%。这只是建立关系的参考，不是诊断。")
    }
    var noStyle: String {
        text(
            "Not enough to suggest a style; watch their pace and what they ask about on the call.",
            "信息不够，推断不出风格；拜访时留意他的节奏和他问什么。")
    }

    var known: String {
        text(
            "What do you already know of their situation? (facts, figures, systems, people)",
            "关于他的现状，你已经知道什么？（事实、数字、系统、人）")
    }
    func dropped(_ questions: [String]) -> String {
        text("You can drop these situation questions; you know the answer:", "这些背景问题可以不问，答案你已经知道：")
            + questions.map { "\n  - \($0)" }.joined()
    }
    func stillToAsk(_ questions: [String]) -> String {
        text("Situation questions still worth asking (keep them few):", "仍值得问的背景问题（尽量少问）：")
            + questions.map { "\n  - \($0)" }.joined()
    }
    var nothingDropped: String {
        text(
            "None of the script's situation questions is answered yet; do the homework you can before the call.",
            "话术里的背景问题还没有一个有答案；能提前查的，拜访前先查好。")
    }
    var problems: String { text("Which problems do you suspect they have?", "你估计他有哪些难点？") }
    var needOneProblem: String {
        text("Name at least one problem you suspect; the questions are built on it.", "至少写一个你估计的难点，后面的问题都从它展开。")
    }
    func implication(_ number: Int, _ problem: String) -> String {
        text(
            "Problem \(number): \(problem)\nWrite an implication question: what does this problem lead to, cost or affect?",
            "难点\(number)：\(problem)\n写一个暗示问题：这个难点会带来什么后果、损失或影响？")
    }
    func needPayoff(_ number: Int, _ problem: String) -> String {
        text(
            "Problem \(number): \(problem)\nWrite a need-payoff question: what would solving it be worth to them?",
            "难点\(number)：\(problem)\n写一个需求-效益问题：解决它对客户有什么价值？")
    }
    func rightType(_ type: UtteranceLabel, confidence: Double, model: String?) -> String {
        let percent = Int((confidence * 100).rounded())
        let head = text(
            "Yes, that is \(article(vocabulary.name(of: type))) \(vocabulary.name(of: type)) (\(percent)%).",
            "没错，这是\(vocabulary.name(of: type))（\(percent)%）。")
        guard let model else { return head }
        return head + text(" The script puts it this way: \(model)", "话术里的说法：\(model)")
    }
    func wrongType(wanted: UtteranceLabel, got classification: Classification, model: String?) -> String {
        let got = vocabulary.name(of: classification.label)
        var line = text(
            "That reads as \(article(got)) \(got) (\(classification.evidence)), not \(article(vocabulary.name(of: wanted))) \(vocabulary.name(of: wanted)). ",
            "这读起来是\(got)（\(classification.evidence)），不是\(vocabulary.name(of: wanted))。")
        line +=
            wanted == .implication
            ? text(
                "An implication question makes the problem bigger: its cost, its knock-on effects, who else it hurts.",
                "暗示问题要把难点放大：它的代价、连锁影响、还牵连到谁。")
            : text(
                "A need-payoff question asks what solving the problem would be worth, so the buyer says the benefit.",
                "需求-效益问题问的是解决这个难点值多少，让客户自己说出效益。")
        if let model { line += text("\nFor example: \(model)", "\n比如：\(model)") }
        return line
    }
    private func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
    var repStyle: String { text("Your own DISC style:", "你自己的沟通风格（DISC）：") }
    var repStyleUnknown: String { text("Not known (skip)", "不清楚（跳过）") }
    func rapport(_ style: DISCStyle, _ advice: PlannedRapport) -> String {
        var lines = [text("With \(vocabulary.name(of: style)):", "面对\(vocabulary.name(of: style))：")]
        lines +=
            advice.dos.map { "  + \($0)" } + advice.donts.map { "  - \($0)" } + advice.yourStyle.map { "  · \($0)" }
        return lines.joined(separator: "\n")
    }
    var bestStep: String {
        text(
            "The best action commitment: the most the buyer could realistically agree to do next (a step they take).",
            "最佳行动承诺：客户下一步最多可能答应做的事（由客户来做的具体一步）。")
    }
    var minimumStep: String {
        text(
            "The minimum acceptable commitment: the least step by the buyer that still moves the sale on.",
            "最低可接受承诺：客户至少要做的、仍能推动销售的一步。")
    }
    var date: String { text("By when will the buyer take that step? (YYYY-MM-DD)", "客户在哪天之前做到这一步？（YYYY-MM-DD）") }
    func badDate(_ typed: String) -> String {
        text("'\(typed)' is not a date; write it as YYYY-MM-DD.", "“\(typed)”不是日期，请按 YYYY-MM-DD 写。")
    }
    func pastDate(_ day: CalendarDay, today: CalendarDay) -> String {
        text("\(day) has passed; today is \(today).", "\(day)已经过去了，今天是\(today)。")
    }
    var objections: String { text("Which objections do you expect?", "你估计客户会提哪些异议？") }
    func answer(to objection: String) -> String { text("Your answer to: \(objection)", "你怎么回应：\(objection)") }
    var influencer: String {
        text(
            "Is there anyone with a say in this decision whom nobody on your side has met?",
            "这个决定里，有没有我方谁都没见过、但有发言权的人？")
    }
    var yesNo: [String] { [text("Yes", "有"), text("No", "没有")] }
    var coach: String { text("Do you have a coach, an insider who guides you?", "你有教练吗？（客户内部为我们指路的人）") }
    var coachChoices: [String] {
        [
            text("Yes, and they know what we need", "有，而且信息靠得住"), text("Yes, but they lack information", "有，但他掌握的信息不够"),
            text("No", "没有"),
        ]
    }
    var winCriteria: String { text("Do you know how they will choose (their win criteria)?", "你知道他们按什么标准选供应商吗？") }
    var yesNoKnown: [String] { [text("Yes", "知道"), text("No", "不知道")] }
    func outOfRange(_ count: Int) -> String { text("Type a number from 1 to \(count).", "请输入1到\(count)之间的数字。") }
    var empty: String { text("An answer is needed here.", "这里需要回答。") }
}
