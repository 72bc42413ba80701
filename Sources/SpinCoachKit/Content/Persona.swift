/// Miller Heiman's buying roles.
public enum BuyingRole: String, CaseIterable, Codable, Sendable {
    case economic, technical, user, coach
}

/// How the buyer stands toward us.
public enum Stance: String, CaseIterable, Codable, Sendable {
    case champion, supporter, neutral, enemy, blocker
}

/// How the buyer sees their own situation; only growth and trouble buyers are receptive.
public enum ResponseMode: String, CaseIterable, Codable, Sendable {
    case growth, trouble
    case evenKeel = "even-keel"
    case overconfident

    /// Even-keel and overconfident buyers see no gap until one is shown.
    public var deniesProblemsAtFirst: Bool { self == .evenKeel || self == .overconfident }
}

/// What provokes a persona's objection.
public enum ObjectionTrigger: String, CaseIterable, Codable, Sendable {
    case pitch
    case needPayoff = "need-payoff"
    case pressure, price, commitment
}

public struct DISCProfile: Equatable, Codable, Sendable {
    public var primary: DISCStyle
    public var secondary: DISCStyle?

    public init(primary: DISCStyle, secondary: DISCStyle? = nil) {
        self.primary = primary
        self.secondary = secondary
    }
}

public struct PersonaFact: Equatable, Codable, Sendable {
    public var id: String
    public var cues: [String]
    public var say: String
    /// How reps ask for it in their own words: the buyer hears a line by these too.
    public var asked: [String] = []
}

public struct PersonaImplication: Equatable, Codable, Sendable {
    public var cues: [String]
    public var say: String
    public var asked: [String] = []
}

/// An implied need the buyer can be led to admit, develop and turn into an explicit need.
public struct PersonaProblem: Equatable, Codable, Sendable {
    public var id: String
    public var cues: [String]
    public var admit: String
    public var deny: String?
    public var implications: [PersonaImplication]
    public var need: String
    public var benefit: String
    /// Reps' own problem questions about it.
    public var asked: [String] = []
    /// Reps' own need-payoff questions about it.
    public var needAsked: [String] = []
}

public struct PersonaInterests: Equatable, Codable, Sendable {
    public var wins: [String]
    public var fears: [String]
}

public struct PersonaObjection: Equatable, Codable, Sendable {
    public var when: ObjectionTrigger
    public var say: String
}

public struct PersonaClosing: Equatable, Codable, Sendable {
    public var advance: String
    public var continuation: String
    public var noSale: String
    public var walkOut: String

    enum CodingKeys: String, CodingKey {
        case advance, continuation
        case noSale = "no-sale"
        case walkOut = "walk-out"
    }
}

/// A simulated buyer (see Personas/README.md).
public struct Persona: Equatable, Codable, Sendable {
    public var id: String
    public var language: ContentLanguage
    public var name: String
    public var title: String
    public var company: String
    public var industry: String
    public var disc: DISCProfile
    public var role: BuyingRole
    public var stance: Stance
    public var mode: ResponseMode
    public var patience: Int
    public var scripts: [String]
    public var background: String?
    public var opening: String
    public var facts: [PersonaFact]
    public var problems: [PersonaProblem]
    public var interests: PersonaInterests
    public var objections: [PersonaObjection]
    public var deflections: [String]
    /// Why the buyer will not tell yet (trust, confidentiality): said instead of what it knows
    /// while trust is too low. Empty means it tells whatever a line reaches.
    public var withhold: [String]
    public var rapport: [String]
    public var closing: PersonaClosing
    /// Where its id was declared, for messages.
    public var origin: SourcePosition

    public func objections(for trigger: ObjectionTrigger) -> [String] {
        objections.filter { $0.when == trigger }.map(\.say)
    }
}
