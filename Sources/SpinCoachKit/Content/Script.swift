/// The parts of a call a script holds questions for, in call order.
public enum ScriptSection: String, CaseIterable, Codable, Sendable, Comparable {
    case opening
    case situation
    case problem
    case implication
    case needPayoff = "need-payoff"
    case commitment

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One question a rep can ask, with its coaching hint and DISC-specific wordings.
public struct ScriptQuestion: Equatable, Sendable, Codable {
    public var id: String
    public var section: ScriptSection
    public var text: String
    public var hint: String?
    public var variants: [DISCStyle: String]
    /// Questions that should come first; ids in the same script.
    public var after: [String]
    /// The persona items the question is written for (`probes:`), by the ids personas give them.
    public var probes: [ScriptProbe] = []
    public var line: Int

    public init(
        id: String, section: ScriptSection, text: String, hint: String? = nil,
        variants: [DISCStyle: String] = [:], after: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.section = section
        self.text = text
        self.hint = hint
        self.variants = variants
        self.after = after
        self.line = line
    }

    /// The wording that suits a buyer of `style`, or the plain question.
    public func text(for style: DISCStyle?) -> String {
        style.flatMap { variants[$0] } ?? text
    }
}

/// One id of a question's `probes:` list: a fact id in [situation], a problem id in
/// [problem] and [need-payoff], a problem id or `problem.N` (its Nth implication) in [implication].
public struct ScriptProbe: Equatable, Sendable, Codable {
    public var id: String
    public var line: Int
    public var column: Int

    public init(id: String, line: Int = 0, column: Int = 0) {
        self.id = id
        self.line = line
        self.column = column
    }

    /// `downtime.2` names the problem `downtime` and its second implication.
    public var problemAndImplication: (problem: String, implication: Int?) {
        let parts = id.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let number = Int(parts[1]) else { return (id, nil) }
        return (String(parts[0]), number)
    }
}

/// A question script: the questions a rep can draw on for one kind of call.
public struct Script: Equatable, Sendable {
    public var id: String
    public var language: ContentLanguage
    public var title: String
    public var industry: String
    /// What the rep sells, in one line, for the brief.
    public var offer: String?
    public var tags: [String]
    /// Every question, in file order.
    public var questions: [ScriptQuestion]
    /// Where its id was declared, for messages.
    public var origin: SourcePosition

    public init(
        id: String, language: ContentLanguage, title: String, industry: String, offer: String? = nil,
        tags: [String], questions: [ScriptQuestion], origin: SourcePosition
    ) {
        self.id = id
        self.language = language
        self.title = title
        self.industry = industry
        self.offer = offer
        self.tags = tags
        self.questions = questions
        self.origin = origin
    }

    public func questions(in section: ScriptSection) -> [ScriptQuestion] {
        questions.filter { $0.section == section }
    }

    public func question(id: String) -> ScriptQuestion? {
        questions.first { $0.id == id }
    }
}
