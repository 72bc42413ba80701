/// What the prep machine needs from outside: the content, the classifier, the day, and
/// the rep's own style when it is already known (from `--my-style`, or a stored assessment).
public struct PrepContext: Sendable {
    public var language: ContentLanguage
    /// The scripts the rep can plan from, in `language`.
    public var scripts: [Script]
    /// The simulated buyers a plan can be practised against, in `language`.
    public var personas: [Persona]
    public var classifier: UtteranceClassifier
    /// Dates of the advance may not be before it.
    public var today: CalendarDay
    public var repStyle: DISCStyle?

    public init(
        language: ContentLanguage, scripts: [Script], personas: [Persona], classifier: UtteranceClassifier,
        today: CalendarDay, repStyle: DISCStyle? = nil
    ) {
        self.language = language
        self.scripts = scripts.filter { $0.language == language }
        self.personas = personas.filter { $0.language == language }
        self.classifier = classifier
        self.today = today
        self.repStyle = repStyle
    }
}

/// Something the rep did: the prep machine's only input.
public enum PrepEvent: Equatable, Sendable {
    /// Planning begins; it happens once, first.
    case start
    /// The rep answered the question last asked.
    case answered(String)
    /// The input ended (Ctrl-D, or the end of piped input) before the plan was done.
    case inputEnded
}

/// A question for the rep: free text, or one of numbered choices.
public struct PrepPrompt: Equatable, Sendable {
    public var question: String
    /// Answered by number when not empty.
    public var choices: [String]
    /// How to answer, when that is not obvious.
    public var note: String?
    /// The next line of a list already asked for: the question is not repeated.
    public var continuesList: Bool

    public init(question: String, choices: [String] = [], note: String? = nil, continuesList: Bool = false) {
        self.question = question
        self.choices = choices
        self.note = note
        self.continuesList = continuesList
    }
}

/// What the shell must do: the prep machine's only output.
public enum PrepEffect: Equatable, Sendable {
    /// Ask this and wait for an answer.
    case ask(PrepPrompt)
    /// Tell the rep something: what was worked out, or feedback on an answer.
    case show(String)
    /// The answer could not be used: say why; an `ask` follows.
    case reject(String)
    /// The plan is done: write it.
    case finished(CallPlan)
    /// The rep stopped: write what was planned, or nothing when nothing was answered.
    case stopped(CallPlan?)
}
