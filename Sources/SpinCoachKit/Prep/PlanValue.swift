/// A value a plan names. All kinds share one table, so each name is written once, beside its gloss.
enum PlanValue: Hashable, Sendable {
    case role(BuyingRole)
    case stance(Stance)
    case mode(ResponseMode)
    case style(DISCStyle)
    case label(UtteranceLabel)

    /// A plan's word in both languages, and, for a choice list, what it means.
    struct Word: Sendable {
        let english: String
        let chinese: String
        let gloss: (english: String, chinese: String)?

        init(_ english: String, _ chinese: String, gloss: (english: String, chinese: String)? = nil) {
            self.english = english
            self.chinese = chinese
            self.gloss = gloss
        }
    }

    var word: Word {
        switch self {
        case .role(.economic):
            Word("economic buyer", "经济决策者", gloss: ("gives the final yes; cares about return", "管预算、批投入，能说“要”"))
        case .role(.technical):
            Word(
                "technical buyer", "技术把关者",
                gloss: ("screens against specifications; can say no, not yes", "按技术标准把关，能否决，不能拍板"))
        case .role(.user):
            Word("user buyer", "使用人", gloss: ("will use it every day; cares about their own work", "以后天天用的人"))
        case .role(.coach): Word("coach", "教练", gloss: ("an insider who guides you", "客户内部为我们指路的人"))
        case .stance(.champion):
            Word("champion", "拥护者", gloss: ("backs us firmly and speaks for us", "坚定支持我方，替我们说话、通风报信"))
        case .stance(.supporter): Word("supporter", "支持者", gloss: ("leans our way", "态度上支持我方"))
        case .stance(.neutral): Word("neutral", "中立者", gloss: ("favours no one", "公事公办，不偏向任何一方"))
        case .stance(.enemy): Word("enemy", "反对者", gloss: ("does not back us", "态度上不支持我方"))
        case .stance(.blocker):
            Word("blocker", "对手拥护者", gloss: ("backs a competitor actively", "坚定支持竞争对手，替对手说话、通风报信"))
        case .mode(.growth): Word("growth", "发展型", gloss: ("sees a gap to a goal", "看到与目标的差距"))
        case .mode(.trouble): Word("trouble", "救急型", gloss: ("sees a problem now", "眼下有问题，急着解决"))
        case .mode(.evenKeel): Word("even keel", "平稳型", gloss: ("sees no gap", "觉得现状过得去，看不到差距"))
        case .mode(.overconfident):
            Word("overconfident", "过度自信型", gloss: ("thinks things are better than they are", "觉得情况比实际好"))
        case .style(.dominance): Word("D (Dominance)", "D型（支配型）")
        case .style(.influence): Word("I (Influence)", "I型（影响型）")
        case .style(.steadiness): Word("S (Steadiness)", "S型（稳健型）")
        case .style(.conscientiousness): Word("C (Conscientiousness)", "C型（严谨型）")
        case .label(.situation): Word("situation question", "背景问题")
        case .label(.problem): Word("problem question", "难点问题")
        case .label(.implication): Word("implication question", "暗示问题")
        case .label(.needPayoff): Word("need-payoff question", "需求-效益问题")
        case .label(.question): Word("question", "其他提问")
        case .label(.rapport): Word("rapport", "寒暄")
        case .label(.feature): Word("feature", "特征")
        case .label(.advantage): Word("advantage", "优点")
        case .label(.benefit): Word("benefit", "利益")
        case .label(.commitment): Word("commitment", "要求承诺")
        case .label(.statement): Word("statement", "陈述")
        }
    }
}
