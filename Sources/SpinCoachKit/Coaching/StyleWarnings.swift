/// A kind of line that goes against a buyer's DISC style: an off-style moment on the scorecard.
public enum OffStyleReason: String, CaseIterable, Sendable {
    case longTurn = "long-turn"
    case smallTalk = "small-talk"
    case backgroundStreak = "background-streak"
    case directing
    case coldness
    case detail
    case pressure
    case pushForDecision = "push-for-decision"
    case hype
    case guessedFigure = "guessed-figure"
}

/// One don't from a style's brief, with the moments in a call that break it.
///
/// The brief's don'ts (`DISCAdvice.donts`) and the scorecard's DISC fit (the off-style
/// moments the buyer notices) both read `StyleWarning.warnings(for:)`, so the coach never
/// warns about one thing and scores another.
public struct StyleWarning: Sendable {
    private let english: String
    private let chinese: String
    /// What breaks it; a line that does is one off-style moment.
    public let moments: [OffStyleReason]

    public func text(in language: ContentLanguage) -> String { language.text(english, chinese) }

    /// The don'ts for a style, in the order the brief lists them.
    public static func warnings(for style: DISCStyle) -> [StyleWarning] {
        switch style {
        case .dominance:
            [
                StyleWarning(
                    english: "No long small talk or strings of background questions.",
                    chinese: "别寒暄太久，别一连串问背景问题。", moments: [.smallTalk, .backgroundStreak]),
                StyleWarning(
                    english: "Don't over-explain or tell them what to do.", chinese: "别啰嗦，别替他做决定。",
                    moments: [.longTurn, .directing]),
            ]
        case .influence:
            [
                StyleWarning(
                    english: "Don't go cold and technical straight away.", chinese: "别一上来就冷冰冰地讲技术。",
                    moments: [.coldness]),
                StyleWarning(
                    english: "Don't bury them in detail during the call.", chinese: "别在会上堆太多细节。", moments: [.detail]),
            ]
        case .steadiness:
            [
                StyleWarning(english: "No pressure or rushed deadlines.", chinese: "别施压，别催着定时间。", moments: [.pressure]),
                StyleWarning(
                    english: "Don't push for a decision they cannot talk over with colleagues.",
                    chinese: "别逼他当场拍板，他需要跟同事商量。", moments: [.pushForDecision]),
            ]
        case .conscientiousness:
            [
                StyleWarning(
                    english: "No hype, superlatives or exaggeration.", chinese: "别夸大，别用“最好”“绝对”这类词。",
                    moments: [.hype]),
                StyleWarning(
                    english: "Don't guess at figures; say you will check.", chinese: "不确定的数字别乱说，说回去核实。",
                    moments: [.guessedFigure]),
            ]
        }
    }
}

extension OffStyleReason {
    /// The live tip when a line breaks this: why it matters to the buyer, and what to do instead.
    func tip(in terms: Terms) -> String {
        let language = terms.language
        // The style's short name comes from the glossary, like every other label.
        let (d, i, s, c) = (
            terms.shortName(of: .dominance), terms.shortName(of: .influence), terms.shortName(of: .steadiness),
            terms.shortName(of: .conscientiousness)
        )
        return switch self {
        case .longTurn:
            language.text("A D buyer wants it short. Say it in one sentence and ask.", "\(d)客户要简短。一句话说完，然后提问。")
        case .smallTalk:
            language.text("A D buyer has no time for small talk once business has started.", "\(d)客户谈正事时没耐心闲聊。")
        case .backgroundStreak:
            language.text(
                "A D buyer loses patience with a string of background questions. Ask about a problem.",
                "\(d)客户受不了一连串背景问题。直接问难点。")
        case .directing:
            language.text(
                "A D buyer wants control. Offer options and let them choose rather than telling them what to do.",
                "\(d)客户要掌控感。给几个方案让他选，别替他做决定。")
        case .coldness:
            language.text(
                "An I buyer cools without warmth. Show some interest in them as a person.", "\(i)客户需要热情。对他这个人表现出一点兴趣。")
        case .detail:
            language.text(
                "An I buyer switches off under detail. Give the headline and send the rest in writing.",
                "\(i)客户听不进大段细节。讲要点，细节会后书面补上。")
        case .pressure:
            language.text(
                "An S buyer pulls back under pressure. Slow down and lower the risk.", "\(s)客户一有压力就退缩。放慢节奏，降低风险。")
        case .pushForDecision:
            language.text(
                "An S buyer will not decide alone. Ask for a step they can talk over with their team.",
                "\(s)客户不会一个人拍板。提一个他能和团队商量的下一步。")
        case .hype:
            language.text(
                "A C buyer distrusts hype. Replace adjectives with a figure or a reference.", "\(c)客户反感夸大。把形容词换成数据或案例。")
        case .guessedFigure:
            language.text(
                "A C buyer checks figures. Give one you can back up, or say you will check.",
                "\(c)客户会核对数字。给有依据的数字，没把握就说回去核实。")
        }
    }
}
