/// Everything about a call in progress that /undo may roll back.
struct CallProgress: Equatable, Sendable {
    /// One rep line and what came of it, for the scorecard's coaching points.
    struct RepMoment: Equatable, Sendable {
        enum Flag: Equatable, Sendable {
            case prematurePitch
            case prematureNeedPayoff
            case situationStreak
            case offStyle(OffStyleReason)
            case developedProblem
            case gotExplicitNeed
            case admittedProblem

            var isOffStyle: Bool {
                if case .offStyle = self { true } else { false }
            }
        }

        var text: String
        var label: UtteranceLabel
        var flags: [Flag] = []
        /// What the buyer took a SPIN question to be about, and how it answered.
        var understanding: Understanding?
        /// The buyer's reply, which says what the moment was about.
        var answer = ""
    }

    var buyer: SimulatedBuyer
    var random: SeededGenerator
    var stage: CallStage = .opening
    var nextTurnIndex = 0
    var moments: [RepMoment] = []
    var situationStreak = 0
    var repWords = 0
    var buyerWords = 0
    var commitmentAsks = 0
    var pressureObjected = false
    var priceObjected = false
    var rapportSeen = false
    var coldnessNoted = false
    /// What the buyer made of the rep's last SPIN question, for /why.
    var lastUnderstanding: Understanding?
    var suggested: Set<String> = []
    /// Script questions the rep has asked word for word, for their `after:` links.
    var asked: Set<String> = []

    /// SPIN questions asked, by label; a label not asked has no entry.
    var questionCounts: [UtteranceLabel: Int] {
        moments.filter(\.label.isSPIN).reduce(into: [:]) { $0[$1.label, default: 0] += 1 }
    }

    var prematurePitches: Int { moments.count { $0.flags.contains(.prematurePitch) } }
    var prematureNeedPayoffs: Int { moments.count { $0.flags.contains(.prematureNeedPayoff) } }
    var offStyleMoments: Int { moments.reduce(0) { $0 + $1.flags.count(where: \.isOffStyle) } }

    mutating func takeTurnIndex() -> Int {
        defer { nextTurnIndex += 1 }
        return nextTurnIndex
    }

    /// Talk is measured in words for English and characters for Chinese.
    static func wordCount(_ text: TokenizedText) -> Int {
        text.tokens.count { $0 != "?" }
    }
}
