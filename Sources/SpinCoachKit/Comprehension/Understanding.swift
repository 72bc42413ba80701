/// Why the buyer answered a rep line as it did: what it took the line to be
/// about, the words that told it so, and whether it followed the thread of the
/// conversation. Logged with each buyer turn, shown by `/why` and by review.
public struct Understanding: Equatable, Sendable {
    public enum Outcome: String, Sendable {
        /// Told a fact, admitted a problem, described an implication or stated a need.
        case reveals
        /// Said it again: the rep asked for something already told.
        case repeats
        /// A reserved buyer denied a problem it has; the next probe gets the admission.
        case guarded
        /// Understood a need-payoff question but the problem is not developed yet.
        case notReady = "not-ready"
        /// The line was about nothing this buyer can speak to.
        case offTopic = "off-topic"
        /// The line was understood as the kind of question, but it found nothing to answer.
        case missed
        /// A pitch, a push or a premature ask drew an objection (`trigger` says which).
        case objected = "objection"
        /// Warmth returned for warmth.
        case warmed = "rapport"
        /// A statement, a benefit or a plain question, taken in without revealing anything.
        case heard
        /// An answer to a proposed next step (`trigger` is the outcome it led to).
        case committed = "commitment"
        /// Out of patience, the buyer ended the meeting.
        case walkedOut = "walk-out"
    }

    public var outcome: Outcome
    public var item: PersonaItem?
    public var evidence: [String]
    /// Understood from the problem under discussion rather than the line's own words.
    public var byFocus: Bool
    /// What drew an objection (`pitch`, `pressure`…) or what a commitment answer led to.
    public var trigger: String?

    public init(
        _ outcome: Outcome, item: PersonaItem? = nil, evidence: [String] = [], byFocus: Bool = false,
        trigger: String? = nil
    ) {
        self.outcome = outcome
        self.item = item
        self.evidence = evidence
        self.byFocus = byFocus
        self.trigger = trigger
    }

    /// The form written to the session log and read back by `review`.
    public var logged: BuyerReason {
        BuyerReason(
            kind: outcome.rawValue, item: item?.description, evidence: evidence.isEmpty ? nil : evidence,
            focus: byFocus, trigger: trigger)
    }
}
