import Foundation
import Testing

/// `eval --calls` end to end: both parts measured, only development lines ever shown.
@Suite struct EvalCallsCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    @Test func missesShowWhatTheBuyerHeardOnDevelopmentLinesOnly() throws {
        let result = try binary.run(["eval", "--calls", "--misses", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        for part in ["development", "held-out"] {
            let folder = FixtureContent.repository.appending(
                path: "Scripts/gold/calls/en/\(part == "development" ? "dev" : "heldout")")
            let calls = try FileManager.default.contentsOfDirectory(atPath: folder.path).count { $0.hasSuffix(".call") }
            #expect(calls >= 12)
            #expect(result.stdout.contains("en: natural calls, \(part) part (\(calls) calls)"), "\(result.stdout)")
        }
        #expect(result.stdout.contains("(heard: "))
        // Misses are listed under the development figures; the held-out part shows figures only.
        let parts = result.stdout.components(separatedBy: "held-out part")
        #expect(parts.count == 2)
        #expect(parts[0].contains("\n  - ") && !parts[1].contains("\n  - "), "\(parts[1])")
    }
}
