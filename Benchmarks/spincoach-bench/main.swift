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

var scriptsOnly = ContentLibrary(roots: [bundled], parts: .classifierData)
let scriptLoad = best(runs: 20) { scriptsOnly = ContentLibrary(roots: [bundled], parts: .classifierData) }
print(String(format: "  of which scripts, cues and gold dev: %.2f ms", scriptLoad))
var classifier = UtteranceClassifier(library: library)
let training = best(runs: 20) { classifier = UtteranceClassifier(library: scriptsOnly) }
print(String(format: "  of which training: %.2f ms", training))
let classifierStart = best(runs: 20) {
    classifier = UtteranceClassifier(library: ContentLibrary(roots: [bundled], parts: .classifierData))
}
print(String(format: "classifier start-up (load cues and scripts, train the model): %.2f ms", classifierStart))

var practiceContent = library
let practiceLoad = best(runs: 20) {
    practiceContent = ContentLibrary.forPractice(roots: [bundled], persona: "kwame-asante", script: nil, language: nil)
}
print(
    String(
        format: "content a practice call reads (its buyer's language only): %.2f ms for %d scripts, %d personas",
        practiceLoad, practiceContent.scripts.count, practiceContent.personas.count))

var corpus: [String] = []
for language in ContentLanguage.allCases {
    for part in ["dev", "heldout"] {
        corpus += (try? library.loadGold(language: language, part: part))??.items.map(\.text) ?? []
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

// A practice call: what happens between launch and the first prompt, then each turn.
let persona = library.persona(id: "kwame-asante")!
let script = library.script(id: persona.scripts[0])!
var machine = CallMachine(
    persona: persona, script: script, classifier: classifier, coachMode: .live, seed: 1,
    lexicon: library.lexicons[.english], steps: library.steps[.english])
// The steps `spincoach practice --persona kwame-asante` takes, each run from the files up.
let launch = best(runs: 10) {
    let content = ContentLibrary.forPractice(roots: [bundled], persona: "kwame-asante", script: nil, language: nil)
    let buyer = content.persona(id: "kwame-asante")!
    var call = CallMachine(
        practising: buyer, script: content.defaultScript(for: buyer)!, in: content, coachMode: .live, seed: 1)
    _ = CallBrief(call: call).render()
    _ = call.handle(.start)
}
print(
    String(format: "practice, launch to first prompt in-process (content, training, brief, opening): %.2f ms", launch))
let lines = [
    "Hello, thanks for making time today.", "Which machine has the most unplanned stops, and how many last month?",
    "When the corrugator stops unplanned, what does that do to your shipments and late deliveries?",
    "And does the firefighting push back the preventive jobs you had planned for?",
    "If you saw a breakdown coming days ahead, what would that be worth to you?",
]
var turnTimes: [Double] = []
for _ in 0..<200 {
    var call = machine
    _ = call.handle(.start)
    for line in lines { turnTimes.append(milliseconds(clock.measure { _ = call.handle(.repSaid(line)) })) }
    turnTimes.append(milliseconds(clock.measure { _ = call.handle(.command(.hint)) }))
}
turnTimes.sort()
print(
    String(
        format: "practice, per turn (classify, buyer, coach): median %.3f ms, 99th percentile %.3f ms, max %.3f ms",
        turnTimes[turnTimes.count / 2], turnTimes[turnTimes.count * 99 / 100], turnTimes.last ?? 0))
machine = CallMachine(
    persona: persona, script: script, classifier: classifier, coachMode: .live, seed: 1,
    lexicon: library.lexicons[.english], steps: library.steps[.english])

// The real binary, started and ended: an upper bound on launch to first prompt.
let executable = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "spincoach")
if FileManager.default.isExecutableFile(atPath: executable.path) {
    let data = FileManager.default.temporaryDirectory.appending(path: "spincoach-bench-\(getpid())")
    var toPrompt: [Double] = []
    let wall = best(runs: 10) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["practice", "--persona", "kwame-asante", "--seed", "1", "--data-dir", data.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let started = ContinuousClock.now
        try? process.run()
        // The buyer's opening line is the last thing printed before the first prompt.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains(persona.opening) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        toPrompt.append(milliseconds(ContinuousClock.now - started))
        input.fileHandleForWriting.write(Data("/quit\n".utf8))
        try? input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: data)
    print(
        String(
            format:
                "practice, release binary: launch to first prompt %.2f ms, launch to exit on /quit %.2f ms (best of 10)",
            toPrompt.min() ?? 0, wall))
    ReviewBenchmark.run(library: library, executable: executable)
} else {
    print("practice and review, whole process: build the release binary first (make bench does)")
}

for language in ContentLanguage.allCases {
    guard let gold = try? library.loadGold(language: language, part: "heldout") else { continue }
    print(Evaluation(classifier: classifier, gold: gold).report(title: "\(language.rawValue): held-out set"))
}
if checksum == 42 { print("") }
