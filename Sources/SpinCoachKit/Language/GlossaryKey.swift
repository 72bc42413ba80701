/// One term the interface shows: a section of the glossary (`Scripts/glossary/zh.glossary`)
/// and a key in it. Keys are made only here, from the domain's enums and the named terms
/// below, so `GlossaryKey.required` lists every one the interface can ask for and a
/// glossary without one of them is an error at load time, not a blank on screen.
public struct GlossaryKey: Hashable, Sendable, CustomStringConvertible {
    public let section: GlossarySection
    public let name: String

    fileprivate init(_ section: GlossarySection, _ name: String) {
        self.section = section
        self.name = name
    }

    public var description: String { "[\(section.rawValue)] \(name)" }

    public static func role(_ role: BuyingRole) -> GlossaryKey { GlossaryKey(.role, role.rawValue) }
    public static func stance(_ stance: Stance) -> GlossaryKey { GlossaryKey(.stance, stance.rawValue) }
    public static func mode(_ mode: ResponseMode) -> GlossaryKey { GlossaryKey(.mode, mode.rawValue) }
    public static func style(_ style: DISCStyle) -> GlossaryKey { GlossaryKey(.disc, style.rawValue) }
    /// `D型`, where the style is named inside a sentence or a count.
    public static func shortStyle(_ style: DISCStyle) -> GlossaryKey { GlossaryKey(.disc, style.rawValue + ".short") }
    public static func label(_ label: UtteranceLabel) -> GlossaryKey { GlossaryKey(.label, label.rawValue) }
    public static func stage(_ stage: CallStage) -> GlossaryKey { GlossaryKey(.stage, stage.rawValue) }
    public static func outcome(_ outcome: CallOutcome) -> GlossaryKey { GlossaryKey(.outcome, outcome.rawValue) }
    public static func objection(_ trigger: ObjectionTrigger) -> GlossaryKey {
        GlossaryKey(.objection, trigger.rawValue)
    }
    public static func disc(_ term: DISCTerm) -> GlossaryKey { GlossaryKey(.disc, term.rawValue) }
    public static func spin(_ term: SPINTerm) -> GlossaryKey { GlossaryKey(.spin, term.rawValue) }
    public static func scorecard(_ field: ScorecardField) -> GlossaryKey { GlossaryKey(.scorecard, field.rawValue) }
    public static func persona(_ field: PersonaField) -> GlossaryKey { GlossaryKey(.persona, field.rawValue) }
    public static func brief(_ field: BriefField) -> GlossaryKey { GlossaryKey(.brief, field.rawValue) }
    public static func coach(_ term: CoachTerm) -> GlossaryKey { GlossaryKey(.coach, term.rawValue) }
    public static func word(_ word: Word) -> GlossaryKey { GlossaryKey(.word, word.rawValue) }
    public static func drill(_ term: DrillTerm) -> GlossaryKey { GlossaryKey(.drill, term.rawValue) }
    /// The name of a section's own kind of term: `[stance] stance = 立场`.
    public static func heading(_ section: GlossarySection) -> GlossaryKey { GlossaryKey(section, section.rawValue) }

    /// Every key the interface can ask for.
    public static let required: [GlossaryKey] =
        [GlossarySection.role, .stance, .mode, .stage, .outcome, .objection].map(heading)
        + BuyingRole.allCases.map(role) + Stance.allCases.map(stance) + ResponseMode.allCases.map(mode)
        + DISCStyle.allCases.map(style) + DISCStyle.allCases.map(shortStyle) + UtteranceLabel.allCases.map(label)
        + CallStage.allCases.map(stage) + CallOutcome.allCases.map(outcome)
        + ObjectionTrigger.allCases.map(objection) + DISCTerm.allCases.map(disc) + SPINTerm.allCases.map(spin)
        + ScorecardField.allCases.map(scorecard) + PersonaField.allCases.map(persona)
        + BriefField.allCases.map(brief) + CoachTerm.allCases.map(coach) + Word.allCases.map(word)
        + DrillTerm.allCases.map(drill)
}

/// The glossary's sections, in the order the file has them.
public enum GlossarySection: String, CaseIterable, Sendable {
    case role, stance, mode, disc, spin, label, stage, outcome, objection, scorecard, persona, brief, coach, word
    /// `spincoach drill`'s screens.
    case drill
    /// Words the interface no longer uses, each keyed by the wrong word, with the term to use instead.
    case avoid
    /// How Chinese text is set: read by people and by the typography test, not shown.
    case typography
}

public enum DISCTerm: String, CaseIterable, Sendable {
    case disc, style, primary, secondary
    case discFit = "disc-fit"
    case offStyle = "off-style"
}

public enum SPINTerm: String, CaseIterable, Sendable {
    case spin, situation, problem, implication
    case needPayoff = "need-payoff"
    case impliedNeed = "implied-need"
    case explicitNeed = "explicit-need"
    /// One consequence a buyer describes (影响), never the question type (暗示问题).
    case implicationItem = "implication-item"
    case payoff
}

public enum ScorecardField: String, CaseIterable, Sendable {
    case scorecard, score, questions, research, premature, tally
    case questionMix = "question-mix"
    case impliedNeeds = "implied-needs"
    case implicationsDeveloped = "implications-developed"
    case explicitNeeds = "explicit-needs"
    case prematurePitch = "premature-pitch"
    case prematureNeedPayoff = "premature-need-payoff"
    case talkShare = "talk-share"
    case bestCalls = "best-calls"
    case coachingPoints = "coaching-points"
}

public enum PersonaField: String, CaseIterable, Sendable {
    case persona, name, title, company, industry, patience, scripts, background, opening, facts, problems, cues
    case deny, admit, implication, need, benefit, interests, wins, fears, objections, deflections, rapport, closing
}

public enum BriefField: String, CaseIterable, Sendable {
    case brief, account, commands
    case youSell = "you-sell"
    case tryOpening = "try-opening"
}

public enum CoachTerm: String, CaseIterable, Sendable {
    case coach, tip, hint, advice, note, undo, help, quit
    case live = "coach.live"
    case end = "coach.end"
    case off = "coach.off"
    case tipPrefix = "tip-prefix"
    case `try`
}

public enum Word: String, CaseIterable, Sendable {
    case call, practice, session, rep, you, buyer, script, question, variant, after, fact, cue, deny, trust
    case confidence, evidence, language, chinese, english
    case sessionLog = "session-log"
    case scriptHint = "script-hint"
}

public enum DrillTerm: String, CaseIterable, Sendable {
    case drill, round, skill, answered, score, streak, due, model, right, near, wrong, skipped, guarded
    case drillLog = "drill-log"
    case skillSPIN = "skill.spin"
    case skillDISC = "skill.disc"
    case skillFAB = "skill.fab"
}
