/// Five questions about how a buyer behaves (pace, small talk, what they ask about,
/// how they react to pressure, how they write), each answer pointing to one DISC
/// style, for a rep who does not know the buyer's style. A rapport hint, never a diagnosis.
public enum StyleQuestionnaire {
    public struct Question: Equatable, Sendable {
        public var text: String
        /// One answer per style, in `DISCStyle.allCases` order.
        public var answers: [String]
    }

    /// What the answers suggest: the style most of them point to, with a confidence.
    public struct Suggestion: Equatable, Sendable {
        public var style: DISCStyle
        /// The share of the five questions whose answer points to the style, so a
        /// "don't know" lowers it as much as an answer pointing elsewhere.
        public var confidence: Double
    }

    public static let count = 5

    /// Each answer beside its translation, so the two languages cannot drift apart by style.
    public static func questions(in language: ContentLanguage) -> [Question] {
        let text = language.text
        return [
            Question(
                text: text("How fast do they talk and decide?", "他说话和做决定的节奏怎样？"),
                answers: [
                    text("Fast: they decide on the spot", "快，当场拍板"),
                    text("Fast and lively: they think out loud", "快而热闹，边想边说"),
                    text("Unhurried: they talk it over with others first", "不紧不慢，要跟别人商量"),
                    text("Deliberate: they want to study it first", "慢而仔细，要先研究清楚"),
                ]),
            Question(
                text: text("How are they with small talk?", "寒暄的时候他怎样？"),
                answers: [
                    text("They cut it short and get to business", "三两句就转到正事"),
                    text("They enjoy it and tell stories", "很享受，爱讲故事"),
                    text("Friendly: they ask about you and your team", "很友好，会问起你和你的团队"),
                    text("Polite but brief: they prefer the agenda", "客气但简短，更想按议程来"),
                ]),
            Question(
                text: text("What do they ask about most?", "他最常问什么？"),
                answers: [
                    text("Results, the bottom line, what's in it for them", "结果、底线、对他有什么好处"),
                    text("Who else uses it; people and ideas", "还有谁在用，人和新想法"),
                    text("How it affects the team, who supports them, how the change goes", "对团队有什么影响、谁来支持、怎么过渡"),
                    text("Details, data, specifications, proof", "细节、数据、参数和证明"),
                ]),
            Question(
                text: text("How do they react to pressure?", "被催或者有压力的时候，他怎样？"),
                answers: [
                    text("They push back and take control", "顶回来，要掌控局面"),
                    text("They get animated and may agree too quickly", "情绪上来，话更多，可能一口答应"),
                    text("They go quiet, agree on the surface and withdraw", "不说话，表面同意，往后退"),
                    text("They get more exact and ask for more data", "更较真，要更多数据"),
                ]),
            Question(
                text: text("What are their emails and messages like?", "他的邮件和消息是什么样子？"),
                answers: [
                    text("Short, often one line", "很短，常常一行"),
                    text("Chatty and warm; they would rather call", "随意热情，宁愿打电话"),
                    text("Courteous; they ask what others think", "客气周到，会问别人的意见"),
                    text("Long, structured and precise", "长而有条理，措辞准确"),
                ]),
        ]
    }

    /// `answers` holds a style per question, or nil for "don't know". Ties go to the style
    /// named by the latest answer among them, since later questions (pressure, writing) are
    /// the ones people mask least. Nil when nothing was answered.
    public static func suggest(_ answers: [DISCStyle?]) -> Suggestion? {
        let given = answers.compactMap { $0 }
        guard !given.isEmpty else { return nil }
        var votes: [DISCStyle: Int] = [:]
        for style in given { votes[style, default: 0] += 1 }
        let top = votes.values.max()!
        let style = given.last { votes[$0] == top }!
        return Suggestion(style: style, confidence: Double(top) / Double(max(count, answers.count)))
    }
}
