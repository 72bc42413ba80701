/// Names of domain terms in each interface language.
public extension ContentLanguage {
    /// The interface text for this language: every bilingual string goes through here.
    func text(_ english: String, _ chinese: String) -> String {
        self == .chinese ? chinese : english
    }

    func name(of role: BuyingRole) -> String {
        switch (self, role) {
        case (.english, .economic): "economic buyer"
        case (.english, .technical): "technical buyer"
        case (.english, .user): "user buyer"
        case (.english, .coach): "coach (insider)"
        case (.chinese, .economic): "决策人"
        case (.chinese, .technical): "技术把关者"
        case (.chinese, .user): "使用人"
        case (.chinese, .coach): "教练（内线）"
        }
    }

    func name(of stance: Stance) -> String {
        switch (self, stance) {
        case (.english, _): stance.rawValue
        case (.chinese, .champion): "教练/拥护者"
        case (.chinese, .supporter): "支持者"
        case (.chinese, .neutral): "中立者"
        case (.chinese, .enemy): "对立方"
        case (.chinese, .blocker): "死敌"
        }
    }

    func name(of mode: ResponseMode) -> String {
        switch (self, mode) {
        case (.english, .growth): "growth (sees a gap to a goal)"
        case (.english, .trouble): "trouble (sees a problem now)"
        case (.english, .evenKeel): "even keel (sees no gap)"
        case (.english, .overconfident): "overconfident (thinks all is well)"
        case (.chinese, .growth): "高瞻远瞩（看到与目标的差距）"
        case (.chinese, .trouble): "不知所措（眼下就有问题）"
        case (.chinese, .evenKeel): "四平八稳（看不到差距）"
        case (.chinese, .overconfident): "自我陶醉（觉得一切都好）"
        }
    }

    func name(of style: DISCStyle) -> String {
        switch (self, style) {
        case (.english, .dominance): "D (Dominance)"
        case (.english, .influence): "I (Influence)"
        case (.english, .steadiness): "S (Steadiness)"
        case (.english, .conscientiousness): "C (Conscientiousness)"
        case (.chinese, .dominance): "D 支配型"
        case (.chinese, .influence): "I 影响型"
        case (.chinese, .steadiness): "S 稳健型"
        case (.chinese, .conscientiousness): "C 谨慎型"
        }
    }
}
