import Foundation
import Testing

@Suite struct CheckCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    /// `spincoach check` on one file, written first with `text`.
    private func check(_ text: String, writtenTo path: String) throws -> SpinCoachBinary.Result {
        try binary.run(["check", try binary.write(text, to: path).path])
    }

    @Test func goodFilesPass() throws {
        let result = try binary.run(["check", SpinCoachBinary.fixtures.appending(path: "good").path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("checked 2 files: no problems found"))
    }

    @Test func brokenFilesArePinpointed() throws {
        let broken = SpinCoachBinary.fixtures.appending(path: "broken").path
        let result = try binary.run(["check", broken])
        #expect(result.status == 1)
        let script = "\(broken)/Scripts/en/broken.spin"
        let persona = "\(broken)/Personas/en/broken.yaml"
        let cues = "\(broken)/Scripts/cues/en.cues"
        let gold = "\(broken)/Scripts/gold-en.tsv"
        let expected = [
            "\(script):2:11: error: language 'zh' does not match the folder 'en'",
            "\(script):9:3: error: unknown DISC letter 'Q'; expected D, I, S or C",
            "\(script):10:1: error: section [situation] has no questions",
            "\(script):13:1: error: duplicate question id 'problem.a' (first at line 12)",
            "\(script):14:10: error: 'after:' refers to 'situation.missing', which is not a question in this script",
            "\(script):15:1: error: syntax error: expected 'key: value', a question 'id: text', a [section] or a # comment",
            "\(script):22:2: error: unknown section '[closing]'; expected one of [opening], [situation], [problem], "
                + "[implication], [need-payoff], [commitment]",
            "\(persona):8:12: error: disc.primary: unknown value 'Q'; expected one of D, I, S, C",
            "\(persona):9:7: error: role: unknown value 'boss'; expected one of economic, technical, user, coach",
            "\(persona):13:11: error: scripts[0]: no script has the id 'no-such-script'",
            "\(persona):20:5: error: problems[0].need: missing required field",
            "\(persona):24:7: error: problems[0].implications: needs at least 2 entries, found 1",
            "\(persona):35:5: error: deflections[1]: claims not to know ('no idea'); the buyer knows its own world: "
                + "steer back, ask what the rep means, or hold it back for a stated reason (withhold:)",
            "\(persona):37:12: error: closing.advance: needs {step} where the buyer names the step the rep proposed "
                + "(e.g. \"All right, let's {step}.\"); never accept a step the rep did not offer",
            "\(cues):2:1: error: cue comes before any [section]",
            "\(cues):5:1: error: a cue cannot start or end with '*'",
            "\(cues):6:2: error: unknown section '[implications]'; expected one of situation, problem, implication, "
                + "need-payoff, question, rapport, feature, advantage, benefit, commitment, statement, question-form, question-word, price",
            "\(gold):2:1: error: unknown label 'problm'; expected one of situation, problem, implication, need-payoff, "
                + "question, rapport, feature, advantage, benefit, commitment, statement",
            "\(gold):3:10: error: expected label<TAB>text or label<TAB>text<TAB>stated need",
        ]
        #expect(result.stdout.split(separator: "\n").map(String.init).sorted() == expected.sorted())
        #expect(result.stderr.contains("checked 4 files: 19 errors"))
    }

    /// A script's `probes:` id that none of the personas playing it has is pinned to its column.
    @Test func aStaleProbeIsPinpointed() throws {
        let bakery = FixtureContent.folder.appending(path: "Scripts/en/fixture-en-bakery.spin")
        let text = try String(contentsOf: bakery, encoding: .utf8).replacingOccurrences(
            of: "[need-payoff]\n",
            with: "[need-payoff]\nneed-payoff.proofer: What would steady proofing be worth?\n  probes: proofer\n")
        let path = try binary.write(text, to: "Scripts/en/fixture-en-bakery.spin").path
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("probes: proofer") }!
            + 1
        let result = try binary.run(["check", path] + FixtureContent.option)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "fixture-en-bakery.spin:\(line):11: error: 'probes:' names 'proofer', which is no problem of the personas using this script"
            ),
            "\(result.stdout)")
    }

    @Test func aFileThatIsNotUTF8IsReported() throws {
        let url = binary.home.appending(path: "Scripts/zh/latin1.spin")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("id: x\ntitle: caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: url)
        let result = try binary.run(["check", url.path])
        #expect(result.status == 1)
        #expect(
            result.stdout == "Scripts/zh/latin1.spin:2:11: error: file is not valid UTF-8 (save it as UTF-8 text)\n")
    }

    @Test func aFileThatIsNotContentIsAnError() throws {
        let result = try check("# notes\n", writtenTo: "README.md")
        #expect(result.status == 1)
        #expect(result.stdout.contains("README.md:1:1: error: not a content file"))
    }

    @Test func aBrokenHeldOutSetStopsEvalWithItsPosition() throws {
        let content = binary.home.appending(path: "content")
        _ = try binary.write("situation\tHow many?\nproblm\tx\n", to: "Scripts/gold/en.heldout.tsv", under: content)
        let result = try binary.run(["eval", "--lang", "en", "--content", content.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("Usage:"))
        #expect(result.stderr.contains("en.heldout.tsv:2:1: error: unknown label 'problm'"))
    }

    @Test func aFolderWithTwoFilesOfOneIDReportsTheClash() throws {
        let good = SpinCoachBinary.fixtures.appending(path: "good")
        let persona = try String(contentsOf: good.appending(path: "Personas/en/dana-okafor.yaml"), encoding: .utf8)
        let script = try String(contentsOf: good.appending(path: "Scripts/en/office-print.spin"), encoding: .utf8)
        let folder = binary.home.appending(path: "mine")
        _ = try binary.write(persona, to: "Personas/en/dana.yaml", under: folder)
        _ = try binary.write(persona, to: "Personas/en/dana-copy.yaml", under: folder)
        _ = try binary.write(script, to: "Scripts/en/a.spin", under: folder)
        _ = try binary.write(script, to: "Scripts/en/b.spin", under: folder)
        let result = try binary.run(["check", "mine"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "mine/Personas/en/dana.yaml:1:5: error: duplicate persona id 'dana-okafor' (also in "))
        #expect(
            result.stdout.contains("mine/Scripts/en/b.spin:2:5: error: duplicate script id 'office-print' (also in "))
        #expect(result.stderr.contains("checked 4 files: 2 errors"))
    }

    @Test func aTabInYAMLIndentationSaysTab() throws {
        let result = try check(
            "id: x\nlanguage: en\ndisc:\n  primary: D\n\tsecondary: C\n", writtenTo: "Personas/en/tabbed.yaml")
        #expect(result.status == 1)
        #expect(
            result.stdout
                == "Personas/en/tabbed.yaml:5:1: error: a tab indents this line; YAML indents with spaces only\n")
        #expect(result.stderr.contains("checked 1 file: 1 error"))
    }

    @Test func aBrokenGlossaryIsPinpointedAndAMissingKeyNamed() throws {
        let bundled = try String(
            contentsOf: SpinCoachBinary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appending(path: "Scripts/glossary/zh.glossary"), encoding: .utf8)
        let lines = bundled.split(separator: "\n", omittingEmptySubsequences: false)
        let broken = try #require(lines.firstIndex(of: "blocker = 对手拥护者 | 坚定支持竞争对手，替对手说话、通风报信")) + 1
        let stance = try #require(lines.firstIndex(of: "[stance]")) + 1
        let result = try check(
            bundled.replacing("blocker = 对手拥护者", with: "blocker 对手拥护者"), writtenTo: "Scripts/glossary/zh.glossary")
        #expect(result.status == 1)
        #expect(
            result.stdout.split(separator: "\n") == [
                "Scripts/glossary/zh.glossary:\(broken):1: error: expected `key = term` (no = on this line)",
                "Scripts/glossary/zh.glossary:\(stance):1: error: missing key 'blocker' in [stance], which the "
                    + "interface shows (add it)",
            ])
        #expect(result.stderr.contains("checked 1 file: 2 errors"))
    }

    @Test func aMissingPathIsAUsageError() throws {
        let result = try binary.run(["check", "/nonexistent/file.spin"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("/nonexistent/file.spin: no such file or folder"))
    }

    @Test func bundledContentIsClean() throws {
        let result = try binary.run(["check"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stderr.contains("no problems found"))
    }

    @Test func controlCharactersFromFilesAreNotEchoed() throws {
        let result = try check(
            "id: x\u{1B}[31m\nlanguage: en\n", writtenTo: "Scripts/en/escape.spin")
        #expect(result.status == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("^["))
    }
}
