import Foundation
import SpinCoachKit
import Testing

/// `spincoach assess` end to end: the built binary, answers piped in.
@Suite struct AssessCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Answers to the bundled statements for an I first and a C second: agree with I, then C,
    /// disagree with D; reverse-keyed statements answered the other way about.
    static func answers(_ language: ContentLanguage) throws -> [String] {
        let library = ContentLibrary(roots: [root], parts: [])
        let assessment = try #require(try library.loadAssessment(language: language))
        let forward: [DISCStyle: Int] = [.dominance: 2, .influence: 5, .steadiness: 3, .conscientiousness: 4]
        return assessment.items.map { item in
            let answer = forward[item.style]!
            return "\(item.isReversed ? 6 - answer : answer)"
        }
    }

    static func lines(_ answers: some Sequence<String>) -> String {
        answers.map { $0 + "\n" }.joined()
    }

    var resultFile: URL { binary.dataDirectory.appending(path: "assessment.json") }
    func progressFile(_ language: String) -> URL {
        binary.dataDirectory.appending(path: "assessment-progress-\(language).json")
    }

    func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test func anEnglishAssessmentIsScoredStoredAndUsedByPractice() throws {
        // A D buyer, for the brief's advice from an I to a D.
        let before = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "1"] + FixtureContent.option, input: "/quit\n")
        #expect(!before.stdout.contains("You are "), "no line before an assessment exists")

        let result = try binary.run(["assess"], input: Self.lines(try Self.answers(.english)))
        #expect(result.status == 0, "\(result.stderr)")
        let shown = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("DISC is a rapport heuristic, not a diagnosis"))
        #expect(shown.contains("compare your own tendencies with each other, not you with other people"))
        #expect(shown.contains("1/28  I make decisions quickly"))
        #expect(shown.contains("Primary style: I (Influence). Secondary style: C (Conscientiousness)."))
        #expect(result.stdout.contains("  I (Influence)          100"))
        #expect(result.stdout.contains("  D (Dominance)          25"))
        for buyer in ["a D", "an I", "an S", "a C"] { #expect(result.stdout.contains("· to \(buyer): ")) }
        #expect(try mode(resultFile) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: progressFile("en").path))

        let stored = try binary.run(["assess", "--show"])
        #expect(stored.status == 0)
        #expect(stored.stdout.contains("Primary style: I (Influence)."))
        #expect(stored.stdout.contains("28 statements, in English"))

        let practice = try binary.run(
            ["practice", "--persona", "fixture-en-d", "--seed", "1"] + FixtureContent.option, input: "/quit\n")
        #expect(practice.status == 0)
        #expect(practice.stdout.contains("You are an I selling to a D: cut the stories"))
    }

    @Test func aChineseAssessmentIsInChineseThroughout() throws {
        let result = try binary.run(["assess", "--lang", "zh"], input: "好\n" + Self.lines(try Self.answers(.chinese)))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("DISC只是建立融洽关系的参考，不是诊断"))
        #expect(result.stdout.contains("  1  完全不符合"))
        #expect(result.stdout.contains("主导风格：I型（影响型）；辅助风格：C型（严谨型）。"))
        #expect(result.stdout.contains("· C型客户："))
        #expect(result.stderr.contains("“好”不是数字，请输入1到5之间的数字。"))
        let practice = try binary.run(
            ["practice", "--persona", "fixture-zh-d", "--seed", "1"] + FixtureContent.option, input: "/quit\n")
        #expect(practice.stdout.contains("你是I型，客户是D型："))
        let english = try binary.run(["assess", "--show", "--lang", "en"])
        #expect(english.stdout.contains("Primary style: I (Influence)."), "shown in another language on request")
        #expect(english.stdout.contains("28 statements, in Chinese"))
    }

    @Test func badAnswersArePromptedAgainAndChangeNothing() throws {
        let answers = try Self.answers(.english)
        let input = "\n  \nfour\n0\n6\n3.5\n" + Self.lines(answers)
        let result = try binary.run(["assess"], input: input)
        #expect(result.status == 0)
        let expected = [
            "Type a number from 1 to 5.", "Type a number from 1 to 5.",
            "'four' is not a number; type a number from 1 to 5.", "0 is not on the scale; type a number from 1 to 5.",
            "6 is not on the scale; type a number from 1 to 5.", "'3.5' is not a number; type a number from 1 to 5.",
        ]
        #expect(result.stderr.split(separator: "\n").map(String.init) == expected)
        #expect(result.stdout.components(separatedBy: "\n1/28 ").count == 2, "the statement is not shown again")
        let clean = try SpinCoachBinary()
        try clean.run(["assess"], input: Self.lines(answers))
        let stored = try JSONSerialization.jsonObject(with: Data(contentsOf: resultFile)) as? [String: Any]
        let reference =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: clean.dataDirectory.appending(path: "assessment.json")))
            as? [String: Any]
        #expect(stored?["points"] as? [String: Int] == reference?["points"] as? [String: Int])
    }

    @Test func stoppingHalfwayKeepsTheAnswersAndTheNextRunCarriesOn() throws {
        let answers = try Self.answers(.english)
        let first = try binary.run(["assess"], input: Self.lines(answers.prefix(10)))
        #expect(first.status == 0)
        #expect(first.stdout.contains("Stopped after 10 of 28 statements; no result is stored yet."))
        #expect(!FileManager.default.fileExists(atPath: resultFile.path))
        #expect(try mode(progressFile("en")) == 0o600)
        let kept = try JSONSerialization.jsonObject(with: Data(contentsOf: progressFile("en"))) as? [String: Any]
        #expect(kept?["answers"] as? [Int] == answers.prefix(10).compactMap { Int($0) })

        let second = try binary.run(["assess"], input: Self.lines(answers.dropFirst(10)))
        #expect(second.status == 0)
        #expect(second.stdout.contains("Carrying on after statement 10 of 28"))
        #expect(!second.stdout.contains("10/28 "), "answered statements are not asked again")
        #expect(second.stdout.contains("Primary style: I (Influence). Secondary style: C (Conscientiousness)."))
        #expect(!FileManager.default.fileExists(atPath: progressFile("en").path))
    }

    @Test func backAndRestartAndQuitingAtOnce() throws {
        let answers = try Self.answers(.english)
        // A wrong first answer taken back with /back: the result is as without it.
        let back = try binary.run(["assess"], input: "/back\n1\n/back\n" + Self.lines(answers))
        #expect(back.stderr == "There is no answer to take back yet.\n")
        #expect(back.stdout.components(separatedBy: "\n1/28 ").count == 3, "the statement is asked again")
        #expect(back.stdout.contains("Primary style: I (Influence)."))

        try binary.run(["assess"], input: Self.lines(answers.prefix(5)))
        let restart = try binary.run(["assess", "--restart"], input: "/quit\n")
        #expect(restart.stdout.contains("Stopped before any answer; nothing was stored."))
        #expect(!restart.stdout.contains("Carrying on"))
        #expect(!FileManager.default.fileExists(atPath: progressFile("en").path))
        #expect(try binary.run(["assess", "--show"]).stdout.contains("Primary style: I"), "the result stays")
    }

    @Test func showingWithNoResultOrADamagedOneIsAnError() throws {
        let none = try binary.run(["assess", "--show"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no assessment stored in \(binary.dataDirectory.path) yet"))
        try FileManager.default.createDirectory(at: binary.dataDirectory, withIntermediateDirectories: true)
        try Data("{\"version\": 1}".utf8).write(to: resultFile)
        let damaged = try binary.run(["assess", "--show"])
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("\(resultFile.path): cannot read: taken: missing required field"))
        let practice = try binary.run(["practice", "--persona", "kwame-asante", "--seed", "1"], input: "/quit\n")
        #expect(practice.status == 0, "a damaged result does not stop a call")
        #expect(practice.stderr.contains("the brief leaves out your own style"))
    }

    @Test func damagedKeptAnswersAreAnErrorUntilRestarted() throws {
        try FileManager.default.createDirectory(at: binary.dataDirectory, withIntermediateDirectories: true)
        try Data("[1, 2]".utf8).write(to: progressFile("en"))
        let damaged = try binary.run(["assess"], input: "3\n")
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("\(progressFile("en").path): cannot read: "))
        #expect(damaged.stderr.contains("`spincoach assess --restart` starts again without those answers"))
        #expect(try Data(contentsOf: progressFile("en")) == Data("[1, 2]".utf8), "nothing is overwritten")
        let restarted = try binary.run(["assess", "--restart"], input: "3\n")
        #expect(restarted.status == 0)
        #expect(restarted.stdout.contains("Stopped after 1 of 28 statements"))
    }

    @Test func checkPinpointsProblemsInAnAssessmentFile() throws {
        let text = try String(contentsOf: Self.root.appending(path: "Scripts/assess/en.assess"), encoding: .utf8)
            .replacingOccurrences(of: "I-: At work", with: "I*: At work")
            .replacingOccurrences(of: "4: agree", with: "5: agree")
        let url = try binary.write(text, to: "Scripts/assess/en.assess")
        let result = try binary.run(["check", url.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "Scripts/assess/en.assess:10:1: error: scale points are numbered 1, 2, 3… in order; expected 4, found '5'"
            ))
        #expect(lines.contains { $0.hasPrefix("Scripts/assess/en.assess:23:1: error: unknown statement key 'I*'") })
        #expect(
            lines.contains(
                "Scripts/assess/en.assess:13:1: error: every style needs the same number of statements, so scores compare; found D 7, I 6, S 7, C 7"
            ))

        let bundled = try binary.run(["check"])
        #expect(bundled.status == 0, "\(bundled.stdout)")
    }

    /// `prep` takes the rep's own style from the stored result unless `--my-style` says otherwise.
    @Test func prepUsesTheStoredStyle() throws {
        let without = try binary.run(["prep", "--persona", "kwame-asante"])
        #expect(!without.stdout.contains("Your style: "), "\(without.stdout)")
        _ = try binary.run(["assess"], input: Self.lines(try Self.answers(.english)))
        let stored = try binary.run(["prep", "--persona", "kwame-asante"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stdout.contains("Your style: I (Influence)"), "\(stored.stdout)")
        let given = try binary.run(["prep", "--persona", "kwame-asante", "--my-style", "S"])
        #expect(given.stdout.contains("Your style: S (Steadiness)"), "\(given.stdout)")
    }

    /// A damaged result is a warning with the brief; with coaching off there is no brief, so it is not read.
    @Test func aDamagedResultOnlyMattersWhenThereIsABrief() throws {
        try FileManager.default.createDirectory(at: binary.dataDirectory, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: resultFile)
        let live = try binary.run(["practice", "--persona", "kwame-asante", "--seed", "1"], input: "/quit\n")
        #expect(live.status == 0 && live.stderr.contains("the brief leaves out your own style"), "\(live.stderr)")
        let off = try binary.run(
            ["practice", "--persona", "kwame-asante", "--seed", "1", "--coach", "off"], input: "/quit\n")
        #expect(off.status == 0 && !off.stderr.contains("your own style"), "\(off.stderr)")
    }
}
