import Foundation
import SpinCoachKit
import Testing

/// Screens in a real terminal are laid out to its width, read when they are printed.
/// A buyer's card, brief and call are the fixture buyers' (`FixtureContent`), laid out as the library lays them out.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
final class LayoutTerminalTests {
    let scratch = TestFolder("layout-tty")
    var home: URL { scratch.url }

    static let bundled = ContentLibrary(
        roots: [
            URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        ],
        parts: .personas)

    func run(_ arguments: [String], columns: Int) throws -> String {
        let session = try TmuxSession(
            command: [SpinCoachBinary.executable.path] + arguments, environment: ["HOME": home.path],
            columns: columns, rows: 40)
        #expect(try session.waitForExit() == 0)
        return try session.captureAll()
    }

    @Test(arguments: [("fixture-en-d", 40), ("fixture-en-d", 100), ("fixture-zh-d", 40), ("fixture-zh-d", 100)])
    func personasShowFitsTheTerminal(id: String, columns: Int) throws {
        let screen = try run(["personas", "show", id] + FixtureContent.option, columns: columns)
        let persona = FixtureContent.persona(id)
        // Row for row what the layout gives at this width: nothing was wrapped by the terminal.
        let expected = PersonaCard(persona: persona, terms: FixtureContent.library.terms(for: persona.language))
            .render(width: columns)
        #expect(screen == expected)
        #expect(expected.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= columns })
        #expect(expected.split(separator: "\n").contains { TerminalText.width(String($0)) > columns - 12 })
    }

    /// A real call: the brief and the scorecard are laid out to the terminal's width, row
    /// for row what the layout gives, and the rep's typing is not echoed a second time.
    @Test(arguments: ["fixture-en-d", "fixture-zh-d"], [40, 60, 100])
    func practiceBriefAndScorecardFitTheTerminal(id: String, columns: Int) throws {
        let library = FixtureContent.library
        let persona = FixtureContent.persona(id)
        let script = try #require(library.script(id: persona.scripts[0]))
        let data = home.appending(path: "data-\(id)-\(columns)")
        let session = try TmuxSession(
            command: [
                SpinCoachBinary.executable.path, "practice", "--persona", id, "--seed", "1", "--data-dir", data.path,
            ] + FixtureContent.option,
            environment: ["HOME": home.path], columns: columns, rows: 60)
        let prompt = persona.language == .chinese ? "你>" : "you>"
        let line =
            persona.language == .chinese ? "厂里现在有几台烤炉？开几个班？" : "How many ovens do you run, and on how many shifts?"
        try session.waitFor(text: prompt)
        try session.enter(line)
        // The next prompt comes once the buyer has answered.
        try session.waitFor(description: "the buyer's answer") { screen in
            screen.split(separator: "\n").last.map { $0.hasPrefix(prompt) && !$0.contains(line) } ?? false
        }
        try session.enter("/end")
        #expect(try session.waitForExit() == 0)
        let screen = try session.captureAll()
        #expect(screen.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= columns })
        #expect(
            screen.contains(
                CallBrief(persona: persona, script: script, terms: library.terms(for: persona.language)).render(
                    width: columns)), "\(screen)")
        let file = try #require(
            try FileManager.default.contentsOfDirectory(at: data, includingPropertiesForKeys: nil).first {
                $0.pathExtension == "jsonl"
            })
        let last = try #require(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").last)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let card = try JSONDecoder().decode(
            Scorecard.self, from: JSONSerialization.data(withJSONObject: try #require(summary["scorecard"])))
        #expect(!card.coachingPoints.isEmpty)
        let report = ScorecardReport(scorecard: card, terms: library.terms(for: persona.language)).render(
            width: columns)
        #expect(screen.contains(report), "\(screen)")
        #expect(!screen.contains(persona.language.text("rep: ", "销售：")))
    }

    /// The bundled buyers, as shipped; the first block is the first English buyer's.
    @Test func personasListAt40ColumnsBecomesOneBlockPerBuyer() throws {
        let screen = try run(["personas", "list", "--lang", "en"], columns: 40)
        let first = try #require(Self.bundled.personas.first { $0.language == .english })
        #expect(screen.hasPrefix("ID: \(first.id)\nLANG: en\n"))
        #expect(screen.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 40 })
    }

    @Test func aResizedWindowIsUsedAtTheNextPrint() throws {
        let session = try TmuxSession(
            command: [SpinCoachBinary.executable.path, "classify"], environment: ["HOME": home.path], columns: 100)
        try session.waitFor(text: "standard input")
        let line = "What would it mean for your quarter if the corrugator never stopped unplanned again?"
        try session.enter(line)
        try session.waitFor(text: "need-payoff")
        // Laid out at 100 columns: the result's first row is far wider than 40.
        let wide = try session.capture().split(separator: "\n").first { $0.hasPrefix("need-payoff  ") }
        #expect(TerminalText.width(String(try #require(wide))) > 80)
        try session.resize(columns: 40, rows: 30)
        try session.enter("What would that be worth to you if it never happened again this year?")
        // The first result also says "(cue": wait for the second result's.
        let screen = try session.waitFor(description: "a second result") { screen in
            let rows = screen.split(separator: "\n")
            guard let last = rows.lastIndex(where: { $0.hasPrefix("need-payoff") }),
                rows.count(where: { $0.hasPrefix("need-payoff") }) >= 2
            else { return false }
            return rows[last...].joined().contains("(cue")
        }
        // Laid out at 40 columns now: later lines hang under the utterance, past label and confidence.
        let rows = screen.split(separator: "\n").map(String.init)
        let result = try #require(rows.lastIndex { $0.hasPrefix("need-payoff") })
        #expect(rows.count > result + 1)
        #expect(rows[(result + 1)...].allSatisfy { $0.hasPrefix(String(repeating: " ", count: 19)) }, "\(screen)")
        try session.press("C-d")
        #expect(try session.waitForExit() == 0)
    }

    @Test func problemsWrapOnATerminalUnderTheirLocation() throws {
        let file = home.appending(path: "Scripts/en/x.spin")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("id: x\nlanguage: zh\n".utf8).write(to: file)
        // Run from the home folder, so the file is shown by its short relative path.
        let session = try TmuxSession(
            command: [
                "/bin/sh", "-c",
                "cd '\(home.path)' && exec '\(SpinCoachBinary.executable.path)' check Scripts/en/x.spin",
            ],
            environment: ["HOME": home.path], columns: 40, rows: 40)
        #expect(try session.waitForExit() == 1)
        let screen = try session.captureAll()
        let rows = screen.split(separator: "\n").map(String.init)
        let shown = "Scripts/en/x.spin"
        // Each problem starts a row with its file; its wrapped rest hangs four columns in.
        let problems = rows.filter { $0.hasPrefix(shown + ":") }
        #expect(problems.contains { $0.hasPrefix(shown + ":2:11: error:") }, "\(screen)")
        #expect(rows.dropLast().allSatisfy { $0.hasPrefix(shown + ":") || $0.hasPrefix("    ") }, "\(screen)")
        #expect(rows.count > problems.count + 1, "some problem was long enough to wrap")
        #expect(rows.allSatisfy { TerminalText.width($0) <= 40 })
        #expect(rows.last == "checked 1 file: \(problems.count) errors")
    }
}
