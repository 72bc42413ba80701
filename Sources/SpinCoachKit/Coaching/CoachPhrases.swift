/// Everything the coach and the neutral buyer say that is not persona content,
/// in the call's language.
public struct CoachPhrases: Sendable {
    /// The labels the sentences name, from the glossary.
    public let terms: Terms

    public init(terms: Terms) {
        self.terms = terms
    }

    public var language: ContentLanguage { terms.language }

    private var zh: Bool { language == .chinese }

    public func stageName(_ stage: CallStage) -> String { terms.name(of: stage) }

    public func labelName(_ label: UtteranceLabel) -> String { terms.name(of: label) }

    // MARK: Tips

    /// A SPIN type's name inside a tip; the English sentences name them in their own words.
    private func spin(_ term: SPINTerm) -> String { terms.term(term.rawValue, .spin(term)) }

    var situationStreak: String {
        language.text(
            "That's four situation questions in a row. Buyers tire of background they think you should know; move to a problem.",
            "已经连续问了四个\(spin(.situation))。客户会觉得这些你该提前做功课，换个\(spin(.problem))吧。")
    }

    var prematureNeedPayoff: String {
        language.text(
            "Need-payoff before any implication: the problem isn't big enough yet for its solution to matter. Develop it first.",
            "还没问\(spin(.implication))就问\(spin(.needPayoff))：难点还不够大，解决它也就显得不重要。先把难点放大。")
    }

    /// After implication questions that developed nothing: which admission to develop.
    func undevelopedNeedPayoff(admitted: String) -> String {
        let said = Self.firstSentence(admitted)
        return language.text(
            "Your implication questions haven't yet drawn out what this problem leads to: \"\(said)\" Ask about its consequences before asking what a fix is worth.",
            "你问过暗示问题，但客户还没讲这个难点会带来什么后果：“\(said)”先把后果问出来，再问解决它值多少。")
    }

    /// A payoff heard as being about a problem the buyer has not admitted, while it has told another.
    func needPayoffOnUnadmitted(told admitted: String) -> String {
        let said = Self.firstSentence(admitted)
        return language.text(
            "The buyer took this payoff to be about a problem it hasn't admitted. Ask about that problem first, or ask what solving the one it did tell you would be worth: \"\(said)\"",
            "客户觉得这个\(spin(.needPayoff))问的是一个它还没承认的难点。要么先把这个难点问出来，要么就它已经讲过的难点问解决它值多少：“\(said)”")
    }

    var needPayoffWithoutProblem: String {
        language.text(
            "The buyer hasn't admitted a problem yet, so there is nothing for a payoff to solve. Ask a problem question first.",
            "客户还没承认任何难点，问解决后的价值无从谈起。先问一个难点问题。")
    }

    /// The first sentence of a buyer's line, so a tip or a repeat can quote it briefly; when
    /// that sentence is too short to say anything ("This is the big one for me."), the next
    /// one comes with it.
    static func firstSentence(_ line: String) -> String {
        var quoted = ""
        var sentences = 0
        let characters = Array(line)
        for (offset, character) in characters.enumerated() {
            quoted.append(character)
            // "1.8 percent" and "e.g." do not end a sentence: an English stop is followed by a space.
            let next = offset + 1 < characters.count ? characters[offset + 1] : " "
            let ends =
                "。！？".contains(character)
                || (".!?".contains(character) && quoted.count > 20 && next.isWhitespace)
            guard ends else { continue }
            sentences += 1
            if sentences == 2 || TerminalText.width(quoted) >= 30 { break }
        }
        return quoted.trimmedOfSpaces
    }

    var prematurePitch: String {
        language.text(
            "You pitched before the buyer stated an explicit need. In a large sale that invites objections; keep asking.",
            "客户还没说出\(spin(.explicitNeed))你就开始介绍产品，大客户销售里这只会招来\(terms.term("", .heading(.objection)))。继续提问。")
    }

    func needStated(_ need: String) -> String {
        language.text(
            "Explicit need: \"\(need)\" Now show how you meet exactly that, or develop another problem.",
            "\(spin(.explicitNeed))出现了：“\(need)”接下来讲讲你们怎么做到这一点，或者再去挖掘下一个\(terms.name(of: UtteranceLabel.problem))。")
    }

    func tryAsking(_ question: SuggestedQuestion) -> String {
        terms.term("Try: ", .coach(.try)) + question.text
    }

    // MARK: Neutral buyer lines

    /// Answers to a plain question: a check ("is that right?") or leave for the plan ("今天主要想听您讲讲…"),
    /// so each fits either.
    var acknowledgements: [String] {
        zh ? ["对。", "嗯，是的。", "好。", "嗯，可以。"] : ["Yes.", "Mm, yes.", "Yes, fine.", "Right."]
    }

    var listening: [String] {
        zh ? ["嗯。", "嗯，接着说。", "好的。"] : ["Mm.", "Go on.", "OK."]
    }

    /// A buyer's answer to being thanked; like the other neutral lines it addresses no one,
    /// since buyers differ in how they would.
    var thanksReplies: [String] {
        zh
            ? ["不客气。", "客气了，说吧。", "没事，说吧。"]
            : ["You're welcome. Go ahead.", "Sure. What did you want to cover?", "No problem."]
    }

    /// A buyer hearing its own need met answers in its style: proof for a D, people for an I,
    /// the team's routine for an S, evidence for a C.
    func welcomesBenefit(_ style: DISCStyle) -> [String] {
        switch style {
        case .dominance:
            [
                language.text("Good. Then show me it works on my own machines.", "这个我要。拿我们自己的设备证明给我看。"),
                language.text("That's the part I care about. What does it take to prove it?", "这才是我关心的。要证明它，得多长时间？"),
            ]
        case .influence:
            [
                language.text("Now that would be something! Who else is doing it this way?", "这个好！有别的客户已经这么用了吗？"),
                language.text("I like that. I can already see how I'd tell the board.", "这个我喜欢，我都想好怎么跟领导讲了。"),
            ]
        case .steadiness:
            [
                language.text(
                    "That would make things easier for the team. How much would change for them day to day?",
                    "这对班组来说能省不少事。他们日常要改的地方多吗？"),
                language.text(
                    "That sounds helpful. I'd want to know how we'd get there without upsetting the routine.",
                    "听着有帮助。就是想知道怎么过渡，别打乱现在的节奏。"),
            ]
        case .conscientiousness:
            [
                language.text(
                    "That addresses the point I raised. I'd want to see the evidence in writing.",
                    "这正对上我提的问题。我需要看到书面的依据。"),
                language.text("In principle, yes. What data is that based on?", "原则上可以。这个说法是基于什么数据？"),
            ]
        }
    }

    var callHasEnded: String {
        language.text("The call has ended.", "拜访已经结束。")
    }

    var nothingToExplain: String {
        language.text(
            "Ask the buyer a question first; then /why says how it understood it.", "先向客户提个问题，/why 会说明客户是怎么理解的。")
    }

    var nothingToUndo: String {
        language.text("Nothing to take back yet.", "还没有可以撤回的话。")
    }

    func tookBack(_ line: String) -> String {
        language.text("Took back: \(line)", "已撤回：\(line)")
    }

    var noteSaved: String { language.text("Note saved to the log.", "笔记已记入日志。") }
}
