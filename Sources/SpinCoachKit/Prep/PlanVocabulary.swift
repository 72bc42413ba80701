/// The names a plan gives to buying roles, stances, response modes, DISC styles and
/// utterance labels, in the terms of Scripts/glossary/zh.glossary. The Markdown plan is read
/// back by these names, so each is unique within its kind.
public struct PlanVocabulary: Sendable {
    public let language: ContentLanguage

    public init(language: ContentLanguage) {
        self.language = language
    }

    public func name(of role: BuyingRole) -> String { name(.role(role)) }
    public func name(of stance: Stance) -> String { name(.stance(stance)) }
    public func name(of mode: ResponseMode) -> String { name(.mode(mode)) }
    public func name(of style: DISCStyle) -> String { name(.style(style)) }
    public func name(of type: UtteranceLabel) -> String { name(.label(type)) }

    /// What the role does in the decision, for the choice list.
    public func gloss(of role: BuyingRole) -> String { gloss(.role(role)) }
    public func gloss(of stance: Stance) -> String { gloss(.stance(stance)) }
    public func gloss(of mode: ResponseMode) -> String { gloss(.mode(mode)) }

    private func name(_ value: PlanValue) -> String {
        let word = value.word
        return language.text(word.english, word.chinese)
    }

    /// Empty for a value the table gives no gloss; only roles, stances and modes are offered with one.
    private func gloss(_ value: PlanValue) -> String {
        guard let gloss = value.word.gloss else { return "" }
        return language.text(gloss.english, gloss.chinese)
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
