/// How the rep's own DISC style meets the buyer's (seed 004, ch. 3 §5: know your own
/// type and adjust pace and focus to the client's). D and I are fast, S and C unhurried;
/// D and C lead with the task, I and S with people. Advice, never a diagnosis.
public enum RapportAdvice {
    static func isFast(_ style: DISCStyle) -> Bool { style == .dominance || style == .influence }
    static func leadsWithTask(_ style: DISCStyle) -> Bool { style == .dominance || style == .conscientiousness }

    /// One line per difference in pace and focus; for the same style, what to watch in it.
    public static func yourStyle(_ rep: DISCStyle, against buyer: DISCStyle, language: ContentLanguage) -> [String] {
        let opening = language.text(
            "You are \(rep.rawValue), selling to \(buyer.rawValue).", "你是\(rep.rawValue)型，客户是\(buyer.rawValue)型。")
        if rep == buyer { return [opening + " " + sameStyle(rep, language: language)].map { tidy($0, language) } }
        var lines: [String] = []
        switch (isFast(rep), isFast(buyer)) {
        case (true, false):
            lines.append(
                language.text(
                    "You are faster than this buyer: slow down, pause after each question and give them time to think.",
                    "你的节奏比客户快：放慢一点，每个问题问完停一停，给他思考的时间。"))
        case (false, true):
            lines.append(
                language.text(
                    "This buyer is faster than you: get to the point, keep answers short and come with a next step ready.",
                    "客户的节奏比你快：直奔主题，回答简短，带着准备好的下一步去。"))
        default: break
        }
        switch (leadsWithTask(rep), leadsWithTask(buyer)) {
        case (false, true):
            lines.append(
                language.text(
                    "You lead with people and this buyer with the task: bring numbers and an agenda, and keep small talk short.",
                    "你重人，客户重事：带上数字和议程，寒暄要短。"))
        case (true, false):
            lines.append(
                language.text(
                    "You lead with the task and this buyer with people: start with them, warmth before data.",
                    "你重事，客户重人：先关心人，再谈数据。"))
        default: break
        }
        return [opening] + lines
    }

    private static func sameStyle(_ style: DISCStyle, language: ContentLanguage) -> String {
        switch style {
        case .dominance:
            language.text(
                "Two people who want control: let them lead the agenda, and still ask for a dated step.",
                "两个人都想掌控：议程让他来定，但一定要约好有日期的下一步。")
        case .influence:
            language.text(
                "Two talkers: watch the time, let them talk more than you, and write the next step down.",
                "两个人都爱说：注意时间，让他比你说得多，把下一步写下来。")
        case .steadiness:
            language.text(
                "Two people who avoid pressure: keep it gentle, but do ask for a step before you leave.",
                "两个人都不爱施压：语气可以温和，但离开前一定要提出下一步。")
        case .conscientiousness:
            language.text(
                "Two people who love detail: agree what you need to decide, and ask for the decision.",
                "两个人都爱抠细节：先说定要决定什么，然后请他做决定。")
        }
    }

    /// Chinese joins sentences without a space.
    private static func tidy(_ line: String, _ language: ContentLanguage) -> String {
        language == .chinese ? line.replacing("。 ", with: "。") : line
    }
}
