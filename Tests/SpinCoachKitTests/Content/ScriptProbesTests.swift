import Foundation
import Testing

@testable import SpinCoachKit

/// `probes:` on script questions: parsed with positions, checked against the personas
/// using the script, and heard by the buyer's index.
@Suite struct ScriptProbesTests {
    /// A script played by the bakery fixtures: one question a section, each followed by the
    /// property lines given for its section (line numbers: opening question 6, situation 8,
    /// problem 10, implication 12, need-payoff 14, each shifted by the lines inserted above it).
    static func script(_ properties: [ScriptSection: String] = [:]) -> (Script?, [Diagnostic]) {
        let questions: [(ScriptSection, String)] = [
            (.opening, "opening.hello: May I ask a few questions first?"),
            (.situation, "situation.ovens: How many ovens do you run?"),
            (.problem, "problem.stops: Which oven stops most?"),
            (.implication, "implication.vans: What happens to the vans when it stops?"),
            (.needPayoff, "need-payoff.warning: What would early warning be worth?"),
            (.commitment, "commitment.trial: Shall we try one oven?"),
        ]
        var lines = ["id: fixture-en-bakery", "language: en", "title: Probes", "industry: test baking"]
        for (section, question) in questions {
            lines += ["[\(section.rawValue)]", question] + (properties[section].map { [$0] } ?? [])
        }
        return ScriptParser(file: "p.spin", expectedLanguage: .english).parse(lines.joined(separator: "\n"))
    }

    @Test func probesAreReadWithTheirColumns() throws {
        let (parsed, diagnostics) = Self.script([
            .situation: "  probes: lines，team", .implication: "  probes:  breakdowns.1, waste",
            .needPayoff: "  probes: breakdowns",
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let script = try #require(parsed)
        #expect(script.question(id: "situation.ovens")?.probes.map(\.id) == ["lines", "team"])
        let implication = try #require(script.question(id: "implication.vans"))
        #expect(
            implication.probes == [
                ScriptProbe(id: "breakdowns.1", line: 14, column: 12), ScriptProbe(id: "waste", line: 14, column: 26),
            ])
        #expect(implication.probes(.implication("breakdowns", 0)))
        #expect(!implication.probes(.implication("breakdowns", 1)))
        #expect(implication.probes(.implication("waste", 1)))
        #expect(!implication.probes(.problem("waste")))
    }

    @Test func badProbesArePinnedToTheirColumn() {
        let (script, diagnostics) = Self.script([
            .opening: "  probes: lines", .situation: "  probes: Lines, , team\n  probes: team",
            .problem: "  probes: breakdowns.1", .implication: "  probes: breakdowns.0, breakdowns.x",
        ])
        #expect(script == nil)
        let found = diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.count == 7, "\(found)")
        #expect(found[0].hasPrefix("7:11 'probes:' names persona items"))
        #expect(found[1] == "10:11 invalid 'probes:' id 'Lines': a fact id (lowercase letters, digits and '-')")
        #expect(found[2] == "10:18 empty id in 'probes:' list")
        #expect(found[3] == "11:3 question 'situation.ovens' already has a 'probes:' list")
        #expect(found[4].hasPrefix("14:11 invalid 'probes:' id 'breakdowns.1': a problem id"))
        #expect(found[5].hasPrefix("17:11 invalid 'probes:' id 'breakdowns.0'"))
        #expect(found[6].hasPrefix("17:25 invalid 'probes:' id 'breakdowns.x'"))
    }

    @Test func aProbeNoPersonaUsingTheScriptHasIsAnError() throws {
        let (parsed, diagnostics) = Self.script([.needPayoff: "  probes: breakdowns, burners"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let script = try #require(parsed)
        let users = [Fixture.persona("fixture-en-d"), Fixture.persona("fixture-en-c")]
        let found = script.probeDiagnostics(personas: users)
        #expect(found.count == 1, "\(found)")
        #expect(found.first.map { "\($0.file):\($0.line):\($0.column)" } == "p.spin:15:23")
        #expect(found.first?.message.contains("'burners'") == true)
        #expect(found.first?.message.contains("fixture-en-c, fixture-en-d") == true)
        // No persona plays a script of another id, so there is nothing to check it against.
        var unused = script
        unused.id = "nobody-plays-this"
        #expect(unused.probeDiagnostics(personas: users).isEmpty)
    }

    @Test func aTaggedQuestionTeachesTheBuyerWhatItIsAbout() throws {
        let persona = Fixture.persona("fixture-en-d")
        let (parsed, diagnostics) = Self.script()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var script = try #require(parsed)
        script.questions.append(
            ScriptQuestion(
                id: "problem.proofer", section: .problem, text: "Is the proofer humidity drifting out of spec?"))
        let line = Tokenizer.tokenize("How often does the proofer humidity drift?")
        let untagged = PersonaIndex(persona: persona, scripts: [script], lexicon: nil)
        #expect(!untagged.rank(untagged.meaning(of: line), kinds: [.problem]).contains { $0.item == .problem("waste") })
        script.questions[script.questions.count - 1].probes = [ScriptProbe(id: "waste")]
        let tagged = PersonaIndex(persona: persona, scripts: [script], lexicon: nil)
        #expect(tagged.rank(tagged.meaning(of: line), kinds: [.problem]).first?.item == .problem("waste"))
    }

    /// `spincoach check` and `spincoach check FILE` both report a stale probe at its place; loading
    /// content to play does not stop on it.
    @Test func contentWithAStaleProbeSaysWhere() throws {
        let scratch = try TemporaryDirectory()
        let url = scratch.url.appending(path: "Scripts/en/bakery.spin")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = try #require(
            Fixture.library.script(id: "fixture-en-bakery").map {
                try String(contentsOfFile: $0.origin.file, encoding: .utf8)
            })
        let stale = text.replacingOccurrences(
            of: "[need-payoff]\n",
            with: "[need-payoff]\nneed-payoff.proofer: What would steady proofing be worth?\n  probes: proofer\n")
        try Data(stale.utf8).write(to: url)
        let loaded = ContentLibrary(roots: [scratch.url, Fixture.root, Bundled.library.roots[0]])
        #expect(!loaded.diagnostics.contains { $0.message.contains("'proofer'") })
        let reported = loaded.probeDiagnostics.filter { $0.message.contains("'proofer'") }
        #expect(reported.count == 1, "\(loaded.probeDiagnostics)")
        #expect(reported.first?.file == url.path)
        let checked = ContentLibrary.check(files: [url], against: Fixture.library)
        #expect(checked.map(\.message).contains { $0.contains("'proofer'") }, "\(checked)")
    }
}
