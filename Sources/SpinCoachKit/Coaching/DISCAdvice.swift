/// Rapport advice for a buyer's DISC style (seed 004, ch. 3). Advice, never a diagnosis.
public struct DISCAdvice: Sendable {
    public var needs: String
    public var dos: [String]
    /// The style's don'ts, from the table the scorecard's DISC fit counts by.
    public var donts: [String]

    init(needs: String, dos: [String], donts: [String] = []) {
        self.needs = needs
        self.dos = dos
        self.donts = donts
    }

    public static func advice(for style: DISCStyle, language: ContentLanguage) -> DISCAdvice {
        var advice = needsAndDos(for: style, language: language)
        advice.donts = StyleWarning.warnings(for: style).map { $0.text(in: language) }
        return advice
    }

    private static func needsAndDos(for style: DISCStyle, language: ContentLanguage) -> DISCAdvice {
        switch (style, language) {
        case (.dominance, .english):
            DISCAdvice(
                needs: "Results, speed and control: they decide fast and want the bottom line.",
                dos: [
                    "Be brief and prepared; state your purpose in one sentence.",
                    "Lead with results and numbers; offer options and let them choose.",
                ])
        case (.influence, .english):
            DISCAdvice(
                needs: "Recognition and relationship: they want to enjoy the conversation and be seen.",
                dos: [
                    "Be warm and energetic; let them talk and tell stories.",
                    "Mention who else uses it; recognise their ideas; send details in writing afterwards.",
                ])
        case (.steadiness, .english):
            DISCAdvice(
                needs: "Security and sincerity: they dislike sudden change and risk to their team.",
                dos: [
                    "Slow down, be sincere, and show a step-by-step plan.",
                    "Reduce risk: trials, assurances, and involving their team.",
                ])
        case (.conscientiousness, .english):
            DISCAdvice(
                needs: "Accuracy and proof: they are sceptical and want data they can check.",
                dos: [
                    "Bring data, references and third-party proof; be precise.",
                    "Give them written detail and time to think.",
                ])
        case (.dominance, .chinese):
            DISCAdvice(
                needs: "要效率、要掌控感，拍板快，最在乎最后落到什么结果。",
                dos: ["开门见山，准备充分，一句话说清来意。", "用结果和数字说话，给几个方案让他自己拍板。"])
        case (.influence, .chinese):
            DISCAdvice(
                needs: "看重被认可、看重人情，喜欢聊得投机，希望自己被人当回事。",
                dos: ["热情有活力，多让他讲，多听他的故事。", "讲讲哪些同行也在用，肯定他的想法，细节会后书面补上。"])
        case (.steadiness, .chinese):
            DISCAdvice(
                needs: "要安全感、要真诚，不喜欢突变，担心给团队带来风险。",
                dos: ["放慢节奏，态度真诚，给出循序渐进的计划。", "把风险降下来：先小范围试点，讲清楚出了问题谁来兜底，让他的团队一起参与。"])
        case (.conscientiousness, .chinese):
            DISCAdvice(
                needs: "要准确、要证据，天生谨慎，只信能核实的数据。",
                dos: ["拿数据、案例和第三方证明说话，表述要精确。", "给书面的详细资料，给他思考的时间。"])
        }
    }
}
