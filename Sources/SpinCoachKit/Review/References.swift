/// The published figures a call is held against (domain brief, section 4).
/// Each keeps its sample, so a reader can judge how far it applies.
public enum References {
    /// Gong's best-converting calls had about 43% seller talk. The 38–48% band that
    /// counts as "within" is SpinCoach's own allowance around that single figure.
    public static let talkShare = Reference(
        id: "gong-talk-ratio", low: 0.38, high: 0.48,
        summary: "about 43% seller talk time in the best-converting calls; average sellers talk 65-75%",
        source: "Gong Labs, 25,537 B2B calls (2016, restated 2025)")

    public static let questionsPerCall = Reference(
        id: "gong-questions", low: 11, high: 14,
        summary: "11-14 questions per discovery call converts best, spread across the call",
        source: "Gong Labs, 519,000 discovery calls (2017)")

    public static let buyerStory = Reference(
        id: "gong-buyer-story", low: nil, high: 240,
        summary: "buyers who speak up to about 4 minutes at a stretch correlate with wins",
        source: "Gong Labs (sample size not given in our source)")

    public static let questionShare = Reference(
        id: "huthwaite-negotiators", low: 0.21, high: nil,
        summary: "skilled negotiators spend about 21% of their behaviour asking questions, average ones 10%",
        source: "Huthwaite negotiator study, Rackham & Carlisle (1978); negotiations, not sales calls")

    public static let spinMix = Reference(
        id: "rackham-spin", low: nil, high: nil,
        summary:
            "successful large-sale calls use more implication and need-payoff questions and fewer situation "
            + "questions than unsuccessful ones; problem questions are about twice as frequent in successful "
            + "small sales",
        source: "Neil Rackham, Huthwaite: 35,000 observed calls in 23 countries")

    public static let all = [talkShare, questionsPerCall, buyerStory, questionShare, spinMix]

    static func verdict(_ value: Double?, _ reference: Reference?) -> Verdict? {
        guard let value, let reference, reference.low != nil || reference.high != nil else { return nil }
        if let low = reference.low, value < low { return .below }
        if let high = reference.high, value > high { return .above }
        return .within
    }
}
