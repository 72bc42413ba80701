import Foundation

@testable import SpinCoachKit

/// A reviewer over the bundled scripts and classifier, and small calls written in place.
enum ReviewSupport {
    static let reviewer = CallReviewer(classifier: Bundled.classifier, scripts: Bundled.library.scripts)

    /// `(speaker, text, start, end)` rows as a transcript.
    static func transcript(_ rows: [(String?, String, Double?, Double?)], file: String = "call.vtt") -> Transcript {
        Transcript(
            file: file, format: .webVTT,
            utterances: rows.enumerated().map { index, row in
                Utterance(speaker: row.0, text: row.1, start: row.2, end: row.3, line: index + 1)
            })
    }

    /// A discovery call: the rep pitches early, asks a need-payoff before any implication, then recovers.
    static let discovery = transcript([
        ("Sam", "Thanks for making the time today.", 0, 4),
        ("Ana", "Sure, I have twenty minutes.", 5, 7),
        ("Sam", "How many packaging lines do you run today?", 8, 11),
        ("Ana", "Four lines, two shifts each.", 12, 15),
        ("Sam", "Our sensors alert your phone before a bearing fails.", 16, 20),
        ("Ana", "Hmm. What does that cost?", 21, 23),
        ("Sam", "If you could see a breakdown coming, would that be useful to you?", 24, 28),
        ("Ana", "Maybe, we do get stops. The data from last month shows eleven.", 29, 35),
        ("Sam", "When a line stops, what does that do to your late deliveries?", 36, 40),
        (
            "Ana", "It pushes everything back a day, and the customer complains. We need fewer unplanned stops.",
            41, 60
        ),
        ("Sam", "What would cutting those stops in half be worth to you?", 62, 66),
        ("Ana", "A lot. Exactly the numbers the board asks for.", 67, 72),
    ])
}
