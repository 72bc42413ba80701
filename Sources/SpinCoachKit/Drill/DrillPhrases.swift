import Foundation

/// What a drill says, in the drill's language, its labels from the glossary (`Terms`).
/// Plain text: the command lays it out and colours it.
public struct DrillPhrases: Sendable {
    public let terms: Terms
    public var language: ContentLanguage { terms.language }

    public init(terms: Terms) {
        self.terms = terms
    }

    private func text(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    private func quoted(_ line: String) -> String { text("\"\(line)\"", "“\(line)”") }

    public func skillName(_ skill: DrillSkill) -> String {
        switch skill {
        case .spin: terms.term("SPIN questions", .drill(.skillSPIN))
        case .disc: terms.term("DISC styles", .drill(.skillDISC))
        case .fab: terms.term("features and benefits", .drill(.skillFAB))
        }
    }

    public func roundHeading(_ number: Int, of total: Int, skill: DrillSkill) -> String {
        text("Round \(number) of \(total) · ", "第\(number)题，共\(total)题 · ") + skillName(skill)
    }

    /// The buyer's line, the features when there are any, and what to write.
    public func prompt(_ item: DrillItem) -> [String] {
        let said = item.speaker + text(": ", "：") + quoted(item.buyerLine)
        switch item.task {
        case .style:
            return [said, text("Which DISC style does this suggest? (D, I, S or C)", "这句话显出哪种DISC风格？（D、I、S或C）")]
        case .benefit:
            return [
                said, text("What you sell: ", "你卖的是：") + (item.features ?? ""),
                text(
                    "That is an explicit need. Turn what you sell into a benefit: say how it meets that need.",
                    "这是客户说出的明确需求。把你卖的东西说成利益：讲清它怎样满足这个需求。"),
            ]
        case .question:
            if let features = item.features {
                return [
                    said, text("Your feature dump: ", "你准备的产品介绍：") + quoted(features),
                    text(
                        "Rewrite it as a need-payoff question: ask what solving their problem would be worth.",
                        "改写成需求-效益问题：请客户自己说出解决这个难点的价值。"),
                ]
            }
            return [said, (item.lineKind.map(lineKindName) ?? "") + text(" ", "") + askNext]
        }
    }

    func lineKindName(_ kind: BuyerLineKind) -> String {
        switch kind {
        case .fact: text("A fact about their situation.", "这是客户现状的一个事实。")
        case .guarded: text("A guarded, vague answer.", "这是一句保留、含糊的回答。")
        case .problem: text("A problem they admit.", "客户承认了一个难点。")
        case .consequence: text("A consequence of their problem.", "客户说出了难点的一个影响。")
        }
    }

    var askNext: String { text("Write the question you would ask next.", "写出你接下来要问的问题。") }

    public func questionName(_ label: UtteranceLabel) -> String {
        switch label {
        case .situation: terms.term("a situation question", .spin(.situation))
        case .problem: terms.term("a problem question", .spin(.problem))
        case .implication: terms.term("an implication question", .spin(.implication))
        case .needPayoff: terms.term("a need-payoff question", .spin(.needPayoff))
        case .benefit: terms.term("a benefit", .label(.benefit))
        case .feature: terms.term("a feature", .label(.feature))
        case .advantage: terms.term("an advantage", .label(.advantage))
        default: terms.name(of: label)
        }
    }

    public func styleName(_ style: DISCStyle) -> String {
        terms.name(of: style)
    }

    /// One line on how the answer went, and what was wanted.
    public func feedback(_ mark: DrillMark, for item: DrillItem) -> String {
        let read = mark.label.map { label in
            text("it reads as ", "分类器认为这是") + questionName(label)
                + (mark.confidence.map { text(" (\(Self.decimal($0)))", "（\(Self.decimal($0))）") } ?? "")
        }
        switch (item.task, mark.verdict) {
        case (_, .skipped):
            return text("Skipped: ", "已跳过：") + wanted(item)
        case (.style(let style, _), .right):
            return text("Right: ", "答对：") + styleName(style) + text(".", "。")
        case (.style(let style, _), .near):
            return text("Near: that is their secondary style; the line shows ", "接近：这是对方的辅助风格，这句话显出的是")
                + styleName(style) + text(".", "。")
        case (.style(let style, _), _):
            return text("Not this time: the line shows ", "不对：这句话显出的是") + styleName(style) + text(".", "。")
        case (_, .right):
            return text("Right: ", "答对：") + (read ?? "") + text(".", "。")
        case (_, .offTopic):
            return text("Right type, but not about what they said; ", "类型对了，但问的不是客户刚说的事；")
                + (read ?? "") + text(".", "。")
        case (_, .notAQuestion), (_, .near), (_, .wrong):
            let verdict = mark.verdict == .near ? text("Close: ", "接近：") : text("Not yet: ", "还不对：")
            return verdict + (read ?? "") + text("; ", "；") + wanted(item)
        }
    }

    func wanted(_ item: DrillItem) -> String {
        switch item.task {
        case .question(let label, _): text("this wants ", "这里要问") + questionName(label) + text(".", "。")
        case .benefit: text("this wants a benefit tied to the need they stated.", "这里要说的是满足客户所说需求的利益。")
        case .style(let style, _): text("the line shows ", "这句话显出的是") + styleName(style) + text(".", "。")
        }
    }

    public func model(_ item: DrillItem) -> String? {
        guard let model = item.model, !model.isEmpty else { return nil }
        switch item.task {
        case .style: return text("Cues: ", "线索词：") + model
        case .benefit: return text("A benefit, for the form: ", "利益的说法，可参考：") + model
        case .question: return text("Model: ", "参考问题：") + model
        }
    }

    public var answerPrompt: String { text("answer> ", "回答> ") }
    public var emptyAnswer: String {
        text(
            "Type your answer on one line (/skip to skip, /quit or Ctrl-D to stop).",
            "请在一行里写下回答（输入 /skip 跳过，/quit 或 Ctrl-D 结束）。")
    }
    public func unknownCommand(_ name: String) -> String {
        text("Unknown command \(name); /skip skips the round, /quit stops.", "未知命令 \(name)；输入 /skip 跳过本题，/quit 结束。")
    }

    public var notAStyle: String {
        text(
            "Type D, I, S or C, or the style's name (Dominance, Influence …).",
            "请输入D、I、S或C，也可以输入风格名称，如“\(terms.name(of: .dominance))”或“Dominance”。")
    }

    public func summary(right: Int, answered: Int, planned: Int, stopped: Bool) -> String {
        let head = text("\(right) of \(answered) right", "答对\(right)题，共答\(answered)题")
        let tail =
            stopped
            ? text(
                "; stopped after \(answered) of \(planned) rounds, all saved.",
                "；共\(planned)题，答到第\(answered)题停下，已答的都已保存。") : text(".", "。")
        return head + tail
    }

    public func nothingDue(next: Date?, calendar: Calendar) -> String {
        guard let next else {
            return text("No drill items found; run `spincoach check`.", "没有可用的练习题；请运行 spincoach check 检查内容。")
        }
        return text("Nothing is due; the next item comes due on ", "现在没有到期的题；下一题到期日：")
            + Self.day(next, calendar: calendar) + text(".", "。")
    }

    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }

    static func day(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
