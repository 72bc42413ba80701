import Foundation
import Testing

@testable import spincoach

/// `Console` is the one point where text meets the terminal: these check that nothing
/// a user's file or command line carries gets past it raw, and that colour still does.
@Suite struct ConsoleTests {
    /// What the user's files below carry: a screen clear, a bell and a right-to-left override.
    static let smuggled: [String] = ["\u{1B}", "\u{07}", "\u{202E}"]

    @Test func textIsMadeSafeBeforeItIsColoured() {
        let coloured = TerminalStyle(usesColor: true, width: 80)
        #expect(coloured.buyer("Hi\u{1B}[2J\u{07}").rendered == "\u{1B}[36mHi^[[2J^G\u{1B}[0m")
        #expect(TerminalStyle(usesColor: false, width: 80).rep("you\u{202E}> ").rendered == "you\u{FFFD}> ")
    }

    @Test func aReportKeepsOnlyItsColour() {
        #expect(
            Console.safeKeepingColour("\u{1B}[1mCall\u{1B}[0m \u{1B}[2J\u{07} \u{1B}[1;33mok\u{1B}[0m\u{1B}")
                == "\u{1B}[1mCall\u{1B}[0m ^[[2J^G \u{1B}[1;33mok\u{1B}[0m^[")
        #expect(Console.safeKeepingColour("\u{1B}]0;title\u{07}") == "^[]0;title^G")
        #expect(Console.safeKeepingColour("停机 \u{1B}[") == "停机 ^[[")
    }

    @Test func controlCharactersInUserFilesNeverReachTheOutput() throws {
        let binary = try SpinCoachBinary()
        let content = try Self.smugglingContent(in: binary)
        var runs: [(String, SpinCoachBinary.Result)] = []
        func run(_ arguments: [String], input: String = "") throws {
            runs.append((arguments.joined(separator: " "), try binary.run(arguments, input: input)))
        }
        try run(["personas", "list", "--content", content])
        try run(["personas", "show", "dana-okafor", "--content", content])
        try run(["scripts", "list", "--content", content])
        try run(
            ["practice", "--persona", "dana-okafor", "--seed", "1", "--content", content],
            input: "How many printers\u{1B}[2J do you run?\n/bogus\u{07}\n/end\n")
        try run(["sessions", "list"])
        try run(["history", "--rep", "tester\u{1B}[2J"])
        try run(["history", "--since", "\u{1B}[2J"])
        try run(["review", binary.write("Ann: hello\u{1B}[2J there\u{07}\nBo: hi\u{202E} back\n", to: "call.txt").path])
        try run(["prep", "--persona", "dana-okafor", "--content", content, "--output", "plan.md"])
        let planFile = binary.home.appending(path: "plan.md")
        let plan = try String(contentsOf: planFile, encoding: .utf8)
        try plan.replacing("How many printers", with: "How many\u{1B}[2J printers").write(
            to: planFile, atomically: true, encoding: .utf8)
        try run(
            ["practice", "--plan", "plan.md", "--seed", "1", "--content", content],
            input: "How many printers do you run?\n/end\n")
        try run(["practice", "--plan", "missing\u{1B}[2J.md", "--content", content], input: "/end\n")
        for (command, result) in runs {
            for control in Self.smuggled {
                #expect(!result.stdout.contains(control), "stdout of \(command): \(result.stdout)")
                #expect(!result.stderr.contains(control), "stderr of \(command): \(result.stderr)")
            }
        }
        // The runs really showed the smuggled text, made visible.
        #expect(runs.contains { $0.1.stdout.contains("Dana^[[2J Okafor") })
        #expect(runs.contains { $0.1.stdout.contains("How many^[[2J printers") })
        #expect(runs.contains { $0.1.stdout.contains("hello^[[2J there^G") })
        #expect(runs.contains { $0.1.stderr.contains("--since '^[[2J'") })
    }

    /// The fixture content, with controls in the persona's name and opening and the script's title.
    static func smugglingContent(in binary: SpinCoachBinary) throws -> String {
        let fixtures = SpinCoachBinary.fixtures.appending(path: "good")
        let persona = try String(
            contentsOf: fixtures.appending(path: "Personas/en/dana-okafor.yaml"), encoding: .utf8
        )
        .replacing("name: Dana Okafor", with: "name: \"Dana\\e[2J Okafor\"")
        .replacing(
            "opening: Hello, come in. I have about half an hour.",
            with: "opening: \"Hello,\\a come in.\\u202E I have about half an hour.\"")
        let script = try String(contentsOf: fixtures.appending(path: "Scripts/en/office-print.spin"), encoding: .utf8)
            .replacing("title: Managed printing", with: "title: Managed\u{1B}[2J printing")
        try _ = binary.write(persona, to: "content/Personas/en/dana-okafor.yaml")
        try _ = binary.write(script, to: "content/Scripts/en/office-print.spin")
        return binary.home.appending(path: "content").path
    }
}
