import Foundation

/// The end-of-call report: what the rep asked, what it uncovered, and a score.
public struct Scorecard: Codable, Equatable, Sendable {
    public struct Tally: Codable, Equatable, Sendable {
        public var found: Int
        public var total: Int

        public var share: Double { total == 0 ? 0 : Double(found) / Double(total) }
    }

    public struct CoachingPoint: Codable, Equatable, Sendable {
        public var advice: String
        /// The rep's own line the point is about.
        public var quote: String?
        /// A question from the script for that moment, introduced ("Try instead: …").
        public var suggestion: String?

        public init(advice: String, quote: String?, suggestion: String? = nil) {
            self.advice = advice
            self.quote = quote
            self.suggestion = suggestion
        }
    }

    public var outcome: CallOutcome
    /// SPIN question counts by label; a label not asked has no entry.
    /// Encoded as an object keyed by the label's name, as session logs have always held it.
    public var questions: [UtteranceLabel: Int]
    public var impliedNeeds: Tally
    public var implicationsDeveloped: Tally
    public var explicitNeeds: Tally
    public var prematurePitches: Int
    public var prematureNeedPayoffs: Int
    /// Rep words over all words said (Chinese counted in characters).
    public var talkShare: Double
    public var discStyle: DISCStyle
    /// Moments the rep went against the buyer's style.
    public var offStyleMoments: Int
    public var coachingPoints: [CoachingPoint]
    public var score: Int

    public func count(_ label: UtteranceLabel) -> Int { questions[label] ?? 0 }

    public var spinQuestionCount: Int { UtteranceLabel.spin.reduce(0) { $0 + count($1) } }

    /// The overall score, documented in the README:
    /// 25 × explicit needs obtained share + 15 × implications developed share
    /// + 10 × implied needs uncovered share + 15 × question mix
    /// + 10 × talk share + 10 × DISC fit + 15 × outcome − 5 per premature move;
    /// talk share and fit earn nothing when the rep said nothing.
    static func score(
        explicitNeeds: Tally, implications: Tally, impliedNeeds: Tally, mix: Double, talkShare: Double,
        offStyleMoments: Int, outcome: CallOutcome, prematureMoves: Int, repSpoke: Bool
    ) -> Int {
        let talk = !repSpoke ? 0 : talkShare <= 0.5 ? 1 : max(0, (0.8 - talkShare) / 0.3)
        let fit = repSpoke ? max(0, 1 - 0.25 * Double(offStyleMoments)) : 0
        let result: Double =
            switch outcome {
            case .advance: 1
            case .continuation: 0.4
            case .noSale, .walkOut, .endedEarly, .abandoned: 0
            }
        let total =
            25 * explicitNeeds.share + 15 * implications.share + 10 * impliedNeeds.share + 15 * mix + 10 * talk
            + 10 * fit + 15 * result - 5 * Double(prematureMoves)
        return Int(min(100, max(0, total)).rounded())
    }

    /// Large-sale research: successful calls lean on implication and need-payoff
    /// questions. Full marks when they are at least 40% of the SPIN questions.
    static func mixScore(questions: [UtteranceLabel: Int]) -> Double {
        let spin = UtteranceLabel.spin.reduce(0) { $0 + (questions[$1] ?? 0) }
        guard spin > 0 else { return 0 }
        let later = (questions[.implication] ?? 0) + (questions[.needPayoff] ?? 0)
        return min(1, Double(later) / Double(spin) / 0.4)
    }
}
