import Foundation
import SpinCoachKit
import Testing

/// `spincoach prep` and `practice --plan`, run as the built binary with piped input. A test
/// that names a buyer or a script plans for the fixture ones (`FixtureContent`).
@Suite struct PrepCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    /// A whole English prep, with the fixture content: the fixture script fixture-en-bakery
    /// (by its number in the list), then the buyer (an economic buyer, neutral, in trouble),
    /// the five behaviour questions, what is known, one problem and its two questions, the
    /// rep's style, the advance, one objection, and the three red-flag questions; the buyer
    /// it describes is the fixture persona fixture-en-d.
    static let englishAnswers = [
        "\(FixtureContent.number(of: "fixture-en-bakery", in: FixtureContent.scriptIDs(.english)))",
        "Dana Fixture, plant manager", "1", "3", "2", "5", "1", "1", "1", "5", "1",
        "They run 4 ovens on 3 shifts", "", "unplanned stops on oven three", "",
        "What does a day of unplanned downtime cost you in late deliveries?",
        "How would it help if you could see a breakdown coming a week ahead?", "2",
        "A six-week sensor pilot on oven three", "2099-01-20", "A second meeting with the maintenance lead",
        "2099-01-10", "We tried sensors before", "", "This time the pilot is priced on results", "1", "1", "1",
    ]

    /// A whole Chinese prep on the fixture script fixture-zh-bakery, for the fixture persona fixture-zh-d.
    static let chineseAnswers = [
        "\(FixtureContent.number(of: "fixture-zh-bakery", in: FixtureContent.scriptIDs(.chinese)))",
        "丁样例，厂长", "1", "3", "2", "1", "", "三号烤炉非计划停机", "",
        "烤炉停一天，对交货和产量有什么影响？", "?", "5", "客户同意在三号烤炉上试点六周", "2099-12-31",
        "约设备部长再谈一次", "2099-12-15", "价格太高", "", "按节省的停机时间算回报", "2", "1", "1",
    ]

    func readPlan(_ name: String) throws -> CallPlan {
        let url = binary.home.appending(path: name)
        return try PlanFile.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
    }

    func mode(of name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: binary.home.appending(path: name).path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }

    @Test func aPlanFromAPersonaIsWrittenPrivatelyAndReadsBack() throws {
        let result = try binary.run(
            ["prep", "--persona", "fixture-en-d", "--output", "plan.md", "--my-style", "c"] + FixtureContent.option)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Plan written to plan.md"))
        #expect(try mode(of: "plan.md") == 0o600)
        let plan = try readPlan("plan.md")
        #expect(plan.isComplete && plan.persona == "fixture-en-d" && plan.buyer.repStyle == .conscientiousness)
        // One for each of the persona's two problems.
        #expect(plan.problems.count == 2 && plan.advance.best?.date != nil)
    }

    /// Rewriting a plan that was readable by others leaves it 0600; a folder that is not there
    /// is a clear error naming the path once, and nothing is written.
    @Test func anExistingPlanIsReplacedPrivatelyAndAMissingFolderIsAnError() throws {
        let url = binary.home.appending(path: "old.md")
        try Data("my notes\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        let result = try binary.run(
            ["prep", "--persona", "fixture-en-d", "--output", "old.md"] + FixtureContent.option)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try mode(of: "old.md") == 0o600)
        #expect(try readPlan("old.md").persona == "fixture-en-d")
        let missing = try binary.run(
            ["prep", "--persona", "fixture-en-d", "--output", "no-such-folder/plan.md"] + FixtureContent.option)
        #expect(missing.status == 1)
        #expect(missing.stderr.components(separatedBy: "no-such-folder/plan.md").count == 2, "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: binary.home.appending(path: "no-such-folder").path))
    }

    /// A plan built from a persona: its advance is the script's first and last commitment asks, in 14 and 7 days.
    @Test func aPersonaPlansAdvanceIsDatedFromToday() throws {
        _ = try binary.run(["prep", "--persona", "kwame-asante", "--output", "dated.md"])
        let plan = try readPlan("dated.md")
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = try #require(CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!))
        #expect(plan.advance.best?.date == today.adding(days: 14), "\(plan.advance)")
        #expect(plan.advance.minimum?.date == today.adding(days: 7), "\(plan.advance)")
    }

    @Test func aJSONPlanGoesToStdout() throws {
        let result = try binary.run(["prep", "--persona", "fixture-zh-d", "--format", "json"] + FixtureContent.option)
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try PlanFile.read(result.stdout, file: "stdout")
        #expect(plan.language == .chinese && plan.persona == "fixture-zh-d")
    }

    @Test func anInteractiveEnglishPrepWorksFromAPipe() throws {
        let input = Self.englishAnswers.joined(separator: "\n") + "\n"
        let result = try binary.run(["prep", "--output", "plan.md"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What are you selling on this call?"))
        #expect(result.stdout.contains("Their answers suggest D (Dominance), 80% confidence"))
        #expect(result.stdout.contains("Yes, that is an implication question"))
        let plan = try readPlan("plan.md")
        #expect(plan.isComplete && plan.script == "fixture-en-bakery" && plan.persona == "fixture-en-d")
        #expect(plan.problems.first?.implication == Self.englishAnswers[15])
        #expect(plan.redFlags.count == 1, "\(plan.redFlags)")
    }

    @Test func anInteractiveChinesePrepWorksFromAPipe() throws {
        let input = Self.chineseAnswers.joined(separator: "\n") + "\n"
        let result = try binary.run(
            ["prep", "--lang", "zh", "--output", "计划.md"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("这次拜访你要卖什么？"))
        #expect(result.stderr.contains("计划已写入计划.md"))
        let plan = try readPlan("计划.md")
        #expect(plan.isComplete && plan.language == .chinese && plan.script == "fixture-zh-bakery")
        #expect(plan.persona == "fixture-zh-d")
        let text = try String(contentsOf: binary.home.appending(path: "计划.md"), encoding: .utf8)
        #expect(text.contains("## 提问顺序") && text.contains("- 采购角色：经济决策者"))
    }

    @Test func thePlanGoesToStdoutAndTheTalkToStderrThroughAPipe() throws {
        let input = Self.englishAnswers.joined(separator: "\n") + "\n"
        let result = try binary.run(["prep"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("---\nspincoach-plan: 1\n"))
        #expect(result.stderr.contains("What are you selling on this call?"))
    }

    @Test func endingTheInputHalfwayKeepsWhatWasAnswered() throws {
        let input = Self.englishAnswers.prefix(14).joined(separator: "\n") + "\n"
        let result = try binary.run(["prep", "--output", "plan.md"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Stopped: the plan so far (what you answered) is in plan.md"))
        let plan = try readPlan("plan.md")
        #expect(!plan.isComplete && plan.buyer.name == "Dana Fixture, plant manager" && plan.problems.count == 1)
        #expect(
            try String(contentsOf: binary.home.appending(path: "plan.md"), encoding: .utf8).contains("status: partial"))
    }

    @Test func endingTheInputBeforeAnyAnswerWritesNothing() throws {
        let result = try binary.run(["prep", "--output", "plan.md"], input: "4\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: binary.home.appending(path: "plan.md").path))
    }

    @Test func aPlanIsPractisedAndTheScorecardSaysWhatWasAsked() throws {
        try binary.run(["prep", "--persona", "fixture-en-d", "--output", "plan.md"] + FixtureContent.option)
        let plan = try readPlan("plan.md")
        let asked = try #require(plan.problems.first?.problemQuestion)
        let input = "Hello, thanks for the time.\n\(asked)\n/end\n"
        let result = try binary.run(
            ["practice", "--plan", "plan.md", "--seed", "3"] + FixtureContent.option, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Dana Fixture: Fifteen minutes"))
        #expect(result.stdout.contains("Your plan has \(plan.questions.count) questions"))
        #expect(result.stdout.contains("Planned questions asked: 1 of \(plan.questions.count)"), "\(result.stdout)")
        // Wrapped to the terminal's width, so only the start of the question is on the mark's line.
        #expect(result.stdout.contains("✓ problem question: \(asked.prefix(30))"))
    }

    @Test func aMalformedPlanIsReportedByLine() throws {
        _ = try binary.write(
            "---\nspincoach-plan: 1\nlanguage: en\npersona: kwame-asante\n---\n\n## Shopping\n", to: "bad.md")
        let result = try binary.run(["practice", "--plan", "bad.md"], input: "/end\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.md:7:4: error: unknown section 'Shopping'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnreadablePlanIsReported() throws {
        let result = try binary.run(["practice", "--plan", "missing.md"], input: "/end\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.md: cannot read the plan"), "\(result.stderr)")
    }

    @Test func aPlanWithoutAPersonaIsReported() throws {
        _ = try binary.write("---\nspincoach-plan: 1\nlanguage: en\n---\n", to: "nobody.md")
        let result = try binary.run(["practice", "--plan", "nobody.md"], input: "/end\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("nobody.md: the plan names no persona"), "\(result.stderr)")
    }

    @Test(arguments: [["--my-style", "Q"], ["--format", "yaml"], ["--lang", "fr"]])
    func aBadOptionIsRefused(arguments: [String]) throws {
        let result = try binary.run(["prep", "--persona", "kwame-asante"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(arguments[0]), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aPersonaInAnotherLanguageIsRefused() throws {
        let result = try binary.run(["prep", "--persona", "kwame-asante", "--lang", "zh"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("speaks en, not zh"))
    }
}
