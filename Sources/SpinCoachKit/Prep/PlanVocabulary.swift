/// The names a plan gives to buying roles, stances, response modes and DISC styles,
/// in the terms of Scripts/glossary/zh.glossary. The Markdown plan is read back by these
/// names, so each is unique within its kind.
public struct PlanVocabulary: Sendable {
    public let language: ContentLanguage

    public init(language: ContentLanguage) {
        self.language = language
    }

    public func name(of role: BuyingRole) -> String {
        switch role {
        case .economic: language.text("economic buyer", "经济决策者")
        case .technical: language.text("technical buyer", "技术把关者")
        case .user: language.text("user buyer", "使用人")
        case .coach: language.text("coach", "教练")
        }
    }

    /// What the role does in the decision, for the choice list.
    public func gloss(of role: BuyingRole) -> String {
        switch role {
        case .economic: language.text("gives the final yes; cares about return", "管预算、批投入，能说“要”")
        case .technical: language.text("screens against specifications; can say no, not yes", "按技术标准把关，能否决，不能拍板")
        case .user: language.text("will use it every day; cares about their own work", "以后天天用的人")
        case .coach: language.text("an insider who guides you", "客户内部为我们指路的人")
        }
    }

    public func name(of stance: Stance) -> String {
        switch stance {
        case .champion: language.text("champion", "拥护者")
        case .supporter: language.text("supporter", "支持者")
        case .neutral: language.text("neutral", "中立者")
        case .enemy: language.text("enemy", "反对者")
        case .blocker: language.text("blocker", "对手拥护者")
        }
    }

    public func gloss(of stance: Stance) -> String {
        switch stance {
        case .champion: language.text("backs us firmly and speaks for us", "坚定支持我方，替我们说话、通风报信")
        case .supporter: language.text("leans our way", "态度上支持我方")
        case .neutral: language.text("favours no one", "公事公办，不偏向任何一方")
        case .enemy: language.text("does not back us", "态度上不支持我方")
        case .blocker: language.text("backs a competitor actively", "坚定支持竞争对手，替对手说话、通风报信")
        }
    }

    public func name(of mode: ResponseMode) -> String {
        switch mode {
        case .growth: language.text("growth", "发展型")
        case .trouble: language.text("trouble", "救急型")
        case .evenKeel: language.text("even keel", "平稳型")
        case .overconfident: language.text("overconfident", "过度自信型")
        }
    }

    public func gloss(of mode: ResponseMode) -> String {
        switch mode {
        case .growth: language.text("sees a gap to a goal", "看到与目标的差距")
        case .trouble: language.text("sees a problem now", "眼下有问题，急着解决")
        case .evenKeel: language.text("sees no gap", "觉得现状过得去，看不到差距")
        case .overconfident: language.text("thinks things are better than they are", "觉得情况比实际好")
        }
    }

    public func name(of style: DISCStyle) -> String {
        switch style {
        case .dominance: language.text("D (Dominance)", "D型（支配型）")
        case .influence: language.text("I (Influence)", "I型（影响型）")
        case .steadiness: language.text("S (Steadiness)", "S型（稳健型）")
        case .conscientiousness: language.text("C (Conscientiousness)", "C型（严谨型）")
        }
    }

    public func name(of type: UtteranceLabel) -> String {
        switch type {
        case .situation: language.text("situation question", "背景问题")
        case .problem: language.text("problem question", "难点问题")
        case .implication: language.text("implication question", "暗示问题")
        case .needPayoff: language.text("need-payoff question", "需求-效益问题")
        case .question: language.text("question", "其他提问")
        case .rapport: language.text("rapport", "寒暄")
        case .feature: language.text("feature", "特征")
        case .advantage: language.text("advantage", "优点")
        case .benefit: language.text("benefit", "利益")
        case .commitment: language.text("commitment", "要求承诺")
        case .statement: language.text("statement", "陈述")
        }
    }

    /// "a name (what it means)", for choice lists.
    func choice(_ name: String, _ gloss: String) -> String {
        language.text("\(name) (\(gloss))", "\(name)（\(gloss)）")
    }

    /// The value of `T` whose name is `text`.
    static func value<T: CaseIterable>(named text: String, _ name: (T) -> String) -> T? {
        T.allCases.first { name($0) == text }
    }
}
