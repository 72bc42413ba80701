import Foundation

@testable import SpinCoachKit

/// The bundled content and a classifier trained on it, loaded once for all tests.
enum Bundled {
    static let library: ContentLibrary = {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return ContentLibrary(roots: [root])
    }()

    static let classifier = UtteranceClassifier(library: library)

    static func machine(_ personaID: String, seed: UInt64 = 7, coach: CoachMode = .live) -> CallMachine {
        let persona = library.persona(id: personaID)!
        let script = library.script(id: persona.scripts[0])!
        return CallMachine(
            persona: persona, script: script, classifier: classifier, coachMode: coach, seed: seed,
            lexicon: library.lexicons[persona.language], steps: library.steps[persona.language],
            terms: library.terms(for: persona.language))
    }
}

extension [CallEffect] {
    var buyerLines: [String] {
        compactMap { if case .showBuyerLine(let line) = $0 { line } else { nil } }
    }

    var tips: [CoachTip] {
        compactMap { if case .showTip(let tip) = $0 { tip } else { nil } }
    }

    var scorecard: Scorecard? {
        for effect in self { if case .showScorecard(let card) = effect { return card } }
        return nil
    }

    var info: [String] {
        compactMap { if case .showInfo(let text) = $0 { text } else { nil } }
    }
}
