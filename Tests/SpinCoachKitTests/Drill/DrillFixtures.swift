import Foundation

@testable import SpinCoachKit

/// A small content folder written for drill tests, so the logic under test does not
/// depend on the bundled wording: one script, one persona (PersonaDecoderTests.valid,
/// with a guarded answer added), and two gold benefit lines.
enum DrillFixtures {
    static let script = """
        id: plant-downtime
        language: en
        title: Predictive maintenance
        industry: manufacturing
        offer: Vibration sensors that warn of a failing machine days ahead.
        [opening]
        opening.purpose: Thanks for the time. May I ask a few questions first?
        [situation]
        situation.lines: How many lines do you run, and on how many shifts?
        situation.team: Who looks after maintenance today?
        [problem]
        problem.crew: Is the crew stretched thin?
          after: situation.lines
        problem.stops: Which line stops more often than you would like?
        [implication]
        implication.orders: When line two stops, what happens to the orders waiting on it?
        [need-payoff]
        need-payoff.warning: How useful would it be to see a stop coming a few days ahead?
        [commitment]
        commitment.pilot: Could we fit sensors to line two for a month?

        """

    static var persona: String {
        PersonaDecoderTests.valid.replacingOccurrences(
            of: "    admit: Line two stops too often.",
            with: "    admit: Line two stops too often.\n    deny: We manage, mostly.")
    }

    static let gold = """
        benefit\tOur sensors warn you days ahead, so you see a stop coming as you asked.\tWe need to see a stop coming.
        benefit\tThe LED fittings last 50,000 hours, so relamping all but disappears.\tWe want to stop relamping.
        situation\tHow many shifts do you run?

        """

    /// Writes the folder, loads it and removes it (the library keeps what it read); each call gets its own folder.
    static func library() throws -> ContentLibrary {
        let root = FileManager.default.temporaryDirectory.appending(path: "drill-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in [
            ("Scripts/en/plant-downtime.spin", script), ("Personas/en/maria-keller.yaml", persona),
            ("Scripts/gold/en.dev.tsv", gold),
        ] {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return ContentLibrary(roots: [root])
    }
}
