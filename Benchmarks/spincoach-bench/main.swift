import Foundation
import SpinCoachKit

// Prints speed figures for `make bench`. Run from a release build; nothing here asserts.

let locator = ContentLocator(
    explicitDirectory: nil, environment: [:], executablePath: CommandLine.arguments.first)
guard let bundled = locator.bundledDirectory() else {
    print("bench: bundled content not found")
    exit(1)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Best of `runs`, so a noisy neighbour on the machine does not inflate the figure.
func best(runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    return (0..<runs).map { _ in milliseconds(clock.measure(body)) }.min() ?? 0
}

var library: ContentLibrary?
let loadTime = best(runs: 20) { library = ContentLibrary(roots: [bundled]) }
print(
    String(
        format: "content load: %.2f ms for %d scripts and %d personas (best of 20)", loadTime,
        library?.scripts.count ?? 0, library?.personas.count ?? 0))
