public extension ContentLanguage {
    /// Interface sentences in this language. Labels do not go through here: they come from `Terms`.
    func text(_ english: String, _ chinese: String) -> String {
        self == .chinese ? chinese : english
    }
}

/// The interface's labels in one language: the English side lives here, the Chinese side
/// comes only from the glossary the content was loaded with (`ContentLibrary.terms(for:)`).
public struct Terms: Sendable {
    public let language: ContentLanguage
    public let glossary: Glossary

    public init(language: ContentLanguage, glossary: Glossary) {
        self.language = language
        self.glossary = glossary
    }

    public static let english = Terms(language: .english, glossary: Glossary())

    public func text(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

    /// `english` in English; in Chinese the glossary's term. A glossary without the key was
    /// reported when it was loaded; the English label is shown rather than nothing.
    public func term(_ english: String, _ key: GlossaryKey) -> String {
        guard language == .chinese, let entry = glossary.entry(key) else { return english }
        return entry.term
    }

    /// The term and, in Chinese, its note in full-width brackets: 救急型（眼下有问题，急着解决）.
    public func explained(_ english: String, _ key: GlossaryKey) -> String {
        guard language == .chinese, let entry = glossary.entry(key) else { return english }
        return entry.note.map { "\(entry.term)（\($0)）" } ?? entry.term
    }

    /// A field name and its colon, as it opens a line: `Role: `, `角色：`.
    public func field(_ english: String, _ key: GlossaryKey) -> String {
        term(english, key) + colon
    }

    /// The colon after a field name: no space after the full-width one.
    public var colon: String { text(": ", "：") }
    /// Between items of a list on one line: `背景2、难点1`.
    public var listSeparator: String { text(", ", "、") }
    /// Between clauses: `介绍产品1次，需求-效益问题0次`.
    public var clauseSeparator: String { text(", ", "，") }

    /// Text in brackets after what it explains: ` (25%)`, `（25%）`.
    public func parenthesized(_ text: String) -> String {
        language == .chinese ? "（\(text)）" : " (\(text))"
    }

    public func name(of role: BuyingRole) -> String {
        let english =
            switch role {
            case .economic: "economic buyer"
            case .technical: "technical buyer"
            case .user: "user buyer"
            case .coach: "coach (insider)"
            }
        return term(english, .role(role))
    }

    public func name(of stance: Stance) -> String { term(stance.rawValue, .stance(stance)) }

    public func name(of mode: ResponseMode) -> String {
        let english =
            switch mode {
            case .growth: "growth (sees a gap to a goal)"
            case .trouble: "trouble (sees a problem now)"
            case .evenKeel: "even keel (sees no gap)"
            case .overconfident: "overconfident (thinks all is well)"
            }
        return explained(english, .mode(mode))
    }

    public func name(of style: DISCStyle) -> String {
        let english =
            switch style {
            case .dominance: "D (Dominance)"
            case .influence: "I (Influence)"
            case .steadiness: "S (Steadiness)"
            case .conscientiousness: "C (Conscientiousness)"
            }
        return term(english, .style(style))
    }

    /// `D`, `D型`: the style inside a sentence.
    public func shortName(of style: DISCStyle) -> String { term(style.rawValue, .shortStyle(style)) }

    public func name(of label: UtteranceLabel) -> String { term(label.rawValue, .label(label)) }

    public func name(of stage: CallStage) -> String {
        let english =
            switch stage {
            case .opening: "opening"
            case .situation: "situation questions"
            case .problem: "problem questions"
            case .implication: "implication questions"
            case .needPayoff: "need-payoff questions"
            case .demonstrating: "demonstrating capability"
            case .commitment: "obtaining commitment"
            case .ended: "ended"
            }
        return term(english, .stage(stage))
    }

    public func name(of outcome: CallOutcome) -> String {
        let english =
            switch outcome {
            case .advance: "advance (an agreed next step)"
            case .continuation: "continuation (no agreed step)"
            case .noSale: "no sale"
            case .walkOut: "the buyer ended the call"
            case .endedEarly: "ended early (you left before asking for a next step)"
            case .abandoned: "abandoned"
            }
        return explained(english, .outcome(outcome))
    }

    public func name(of trigger: ObjectionTrigger) -> String { term(trigger.rawValue, .objection(trigger)) }

    /// A buyer reason's `trigger` as logged (an objection trigger or a call outcome), by its
    /// glossary term, so no raw value reaches Chinese text; an unknown value is shown as it is.
    public func name(ofLoggedTrigger raw: String) -> String {
        if let trigger = ObjectionTrigger(rawValue: raw) { return name(of: trigger) }
        if let outcome = CallOutcome(rawValue: raw) { return term(outcome.rawValue, .outcome(outcome)) }
        return raw
    }
}
