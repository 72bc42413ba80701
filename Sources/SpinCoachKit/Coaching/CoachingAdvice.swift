/// The coaching points with fixed advice: what each says, what it is about, and where a
/// better question comes from. Kept in one table so every point is written the same way.
enum CoachingAdvice {
    // Mistakes.
    case pitchedEarly, needPayoffEarly, commitmentEarly, situationStreak
    // Strengths.
    case gotExplicitNeed, commitmentAfterNeed, undevelopedProblem
    /// A better question is offered only while no explicit need has followed.
    case developedProblem(needFollowed: Bool)
    // Plain advice.
    case backgroundShare(situation: Int, questions: Int)
    case backgroundUnfollowed, statement
    /// A SPIN question the buyer found nothing to answer with; a better one is of the same kind.
    case missed(UtteranceLabel)

    /// Points about the same thing share a topic, and only the first is kept.
    var topic: String {
        switch self {
        case .pitchedEarly: "pitch"
        case .needPayoffEarly: "need-payoff"
        case .commitmentEarly, .commitmentAfterNeed: "commitment"
        case .situationStreak, .backgroundShare, .backgroundUnfollowed: "background"
        case .gotExplicitNeed: "explicit-need"
        case .developedProblem: "developed"
        case .undevelopedProblem: "admitted"
        case .missed: "missed"
        case .statement: "statement"
        }
    }

    /// The section a better question comes from, if any.
    var better: ScriptSection? {
        switch self {
        case .pitchedEarly, .needPayoffEarly, .undevelopedProblem, .missed(.implication): .implication
        case .missed(.needPayoff): .needPayoff
        case .developedProblem(let needFollowed): needFollowed ? nil : .needPayoff
        case .commitmentEarly, .situationStreak, .backgroundShare, .backgroundUnfollowed, .missed, .statement:
            .problem
        case .gotExplicitNeed, .commitmentAfterNeed: nil
        }
    }

    /// The better question is asked next, after the line, rather than instead of it.
    var follows: Bool {
        switch self {
        case .developedProblem, .undevelopedProblem, .backgroundUnfollowed: true
        default: false
        }
    }

    func text(in language: ContentLanguage) -> String {
        let text = language.text
        return switch self {
        case .pitchedEarly:
            text(
                "You pitched before the buyer had stated a need. Ask about their problems and what they cost first.",
                "客户还没说出需求你就介绍产品了。先问清楚他的难点和代价。")
        case .needPayoffEarly:
            text(
                "This need-payoff came before the problem was developed, so it felt like a set-up.",
                "这个需求-效益问题出现在问题被放大之前，听起来像是在下套。")
        case .commitmentEarly:
            text("This asked for a commitment before the buyer had stated any need.", "客户还没说出任何需求，你就要求承诺了。")
        case .situationStreak:
            text(
                "Four background questions in a row: do this homework before the call and ask about a difficulty.",
                "连续问了四个背景问题：这些功课应该在拜访前做好，直接问难点。")
        case .gotExplicitNeed:
            text(
                "This got the buyer to state an explicit need in their own words. Keep doing it.",
                "这个问题让客户亲口说出了明确需求，继续这样问。")
        case .developedProblem:
            text(
                // Whatever the line was taken for, what it drew out was a consequence.
                "This question drew out a consequence of the problem, which is what moves a large sale.",
                "这个问题让客户讲出了难点的后果，这正是推动大单的关键。")
        case .commitmentAfterNeed:
            text(
                "You asked for a next step once the buyer had stated a need, which is when it works.",
                "客户说出需求之后你才提出下一步，时机正好。")
        case .undevelopedProblem:
            text(
                "This uncovered a problem, but its consequences were never asked about. Ask before offering anything.",
                "这个问题挖出了一个难点，但没有追问它的后果。先追问后果，再谈解决方案。")
        case .backgroundShare(let situation, let questions):
            text(
                "\(situation) of your \(questions) questions asked for background; ask fewer of those and more about difficulties and their consequences.",
                "\(questions)个问题里有\(situation)个是背景问题；少问背景，多问难点和它们的后果。")
        case .backgroundUnfollowed:
            text("A fair background question, but no question about a difficulty followed it.", "背景问题问得不错，但之后没有接着问难点。")
        case .missed:
            text("The buyer found nothing in their business to answer this with.", "客户在自己的业务里找不到能回答这个问题的内容。")
        case .statement:
            text("Turn statements like this into a question that lets the buyer talk.", "把这样的陈述改成问题，让客户多说。")
        }
    }
}
