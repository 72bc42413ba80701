import Foundation
import SpinCoachKit

// Prints the figures `make bench` reports. Run from a release build; nothing here asserts.

let locator = ContentLocator(explicitDirectory: nil, environment: [:], executablePath: CommandLine.arguments.first)
guard let bundled = locator.bundledDirectory() else {
    print("bench: bundled content not found")
    exit(1)
}
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Best of `runs`, so a noisy neighbour on the machine does not inflate the figure.
func best(runs: Int, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in milliseconds(clock.measure(body)) }.min() ?? 0
}

print("SpinCoach benchmarks (release build, one core)")

var library = ContentLibrary(roots: [bundled])
let loadTime = best(runs: 20) { library = ContentLibrary(roots: [bundled]) }
print(
    String(
        format: "content load (all scripts, personas, cues, gold dev): %.2f ms for %d scripts, %d personas",
        loadTime, library.scripts.count, library.personas.count))

var scriptsOnly = ContentLibrary(roots: [bundled], includePersonas: false)
let scriptLoad = best(runs: 20) { scriptsOnly = ContentLibrary(roots: [bundled], includePersonas: false) }
print(String(format: "  of which scripts, cues and gold dev: %.2f ms", scriptLoad))
var classifier = UtteranceClassifier(library: library)
let training = best(runs: 20) { classifier = UtteranceClassifier(library: scriptsOnly) }
print(String(format: "  of which training: %.2f ms", training))
let classifierStart = best(runs: 20) {
    classifier = UtteranceClassifier(library: ContentLibrary(roots: [bundled], includePersonas: false))
}
print(String(format: "classifier start-up (load cues and scripts, train the model): %.2f ms", classifierStart))

var corpus: [String] = []
for language in ContentLanguage.allCases {
    for part in ["dev", "heldout"] {
        corpus += library.loadGold(language: language, part: part)?.items.map(\.text) ?? []
    }
}
let repetitions = max(1, 100_000 / max(corpus.count, 1))
var checksum = 0
// Best of three passes over the corpus, each about 100,000 utterances.
let classifyTime = best(runs: 3) {
    for _ in 0..<repetitions {
        for text in corpus { checksum &+= classifier.classify(text).label.rawValue.count }
    }
}
let classified = Double(repetitions * corpus.count)
print(
    String(
        format: "classification: %.0f utterances/s on one core (%d utterances, %.2f µs each, best of 3)",
        classified / (classifyTime / 1000), repetitions * corpus.count, classifyTime * 1000 / classified))

for language in ContentLanguage.allCases {
    guard let gold = library.loadGold(language: language, part: "heldout") else { continue }
    print(Evaluation(classifier: classifier, gold: gold).report(title: "\(language.rawValue): held-out set"))
}
if checksum == 42 { print("") }
