import Foundation
import Testing

/// `eval --calls` end to end: both parts measured, only development lines ever shown.
@Suite struct EvalCallsCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    @Test func missesShowWhatTheBuyerHeardOnDevelopmentLinesOnly() throws {
        let result = try binary.run(["eval", "--calls", "--misses", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("en: natural calls, development part (12 calls)"))
        #expect(result.stdout.contains("en: natural calls, held-out part (12 calls)"))
        #expect(result.stdout.contains("(heard: "))
        // Misses are listed under the development figures; the held-out part shows figures only.
        let parts = result.stdout.components(separatedBy: "held-out part")
        #expect(parts.count == 2)
        #expect(parts[0].contains("\n  - ") && !parts[1].contains("\n  - "), "\(parts[1])")
    }
}
