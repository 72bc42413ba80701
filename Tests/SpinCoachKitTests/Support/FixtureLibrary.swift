import Foundation

@testable import SpinCoachKit

/// Fixture personas and scripts for logic tests (`Fixtures/content/`), so that the
/// content teams' edits to the bundled personas and scripts break no logic test.
///
/// The fixtures are read before the bundled content, which still supplies what the
/// engine runs on (cue lists, gold set, lexicons, step lists, glossaries). Every fixture
/// id starts with `fixture-`: `fixture-en-d`, `fixture-en-c`, `fixture-en-i` and
/// `fixture-zh-d` play the scripts `fixture-en-bakery` and `fixture-zh-bakery`.
/// `spincoach check --content Tests/SpinCoachKitTests/Fixtures/content` validates them.
enum Fixture {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/content")

    static let library = ContentLibrary(roots: [root, Bundled.library.roots[0]])

    /// Trained like the bundled classifier, and also on the fixture scripts' questions,
    /// so a fixture script question is recognised by its exact wording.
    static let classifier = UtteranceClassifier(library: library)

    /// The fixture personas only, in both languages.
    static let personas = library.personas.filter { $0.id.hasPrefix("fixture-") }

    static func persona(_ id: String) -> Persona {
        guard let persona = library.persona(id: id), id.hasPrefix("fixture-") else {
            fatalError("no fixture persona \(id)")
        }
        return persona
    }

    /// The persona's first script.
    static func script(for persona: Persona) -> Script {
        library.script(id: persona.scripts[0])!
    }

    static func machine(_ personaID: String, seed: UInt64 = 7, coach: CoachMode = .live) -> CallMachine {
        machine(persona: persona(personaID), seed: seed, coach: coach)
    }

    /// A call with any persona (a fixture changed in place, or one written in the test),
    /// on its first script when that is a fixture script, else on the fixture script of its language.
    static func machine(persona: Persona, seed: UInt64 = 7, coach: CoachMode = .live) -> CallMachine {
        let script =
            persona.scripts.first.flatMap { id in id.hasPrefix("fixture-") ? library.script(id: id) : nil }
            ?? library.script(id: persona.language == .chinese ? "fixture-zh-bakery" : "fixture-en-bakery")!
        return CallMachine(
            persona: persona, script: script, classifier: classifier, coachMode: coach, seed: seed,
            lexicon: library.lexicons[persona.language], steps: library.steps[persona.language],
            terms: library.terms(for: persona.language))
    }

    /// A simulated buyer for the persona, with its script, lexicon and step list.
    static func buyer(_ personaID: String) -> SimulatedBuyer {
        let persona = persona(personaID)
        return SimulatedBuyer(
            persona: persona, scripts: [script(for: persona)], lexicon: library.lexicons[persona.language],
            steps: library.steps[persona.language])
    }
}
