import Foundation
import Testing

@Suite struct ClassifyCommandTests {
    let binary: SpinCoachBinary
    init() throws { binary = try SpinCoachBinary() }

    @Test func oneOutputLinePerInputLineInOrder() throws {
        let input = "How many trucks do you run?\n\nWhat does a late delivery cost you?\n王总您好，久仰久仰。\n"
        let result = try binary.run(["classify", "--format", "tsv"], input: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("situation\t"))
        #expect(lines[1] == "-\t\t")
        #expect(lines[2].hasPrefix("implication\t"))
        #expect(lines[3].hasPrefix("rapport\t"))
        #expect(lines[0].split(separator: "\t").count == 3)
    }

    @Test func jsonCarriesLabelConfidenceLanguageAndEvidence() throws {
        let result = try binary.run(["classify", "--format", "json", "如果能提前发现故障，对您有什么帮助？"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["label"] as? String == "need-payoff")
        #expect(object["language"] as? String == "zh")
        #expect((object["confidence"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        #expect((object["evidence"] as? String)?.isEmpty == false)
    }

    @Test func aStatedNeedTurnsAnAdvantageIntoABenefit() throws {
        let line = "Our sensors warn your team days before a bearing fails, so unplanned stops disappear."
        let plain = try binary.run(["classify", "--format", "tsv", line])
        let withNeed = try binary.run(["classify", "--format", "tsv", "--need", "I need fewer unplanned stops.", line])
        #expect(plain.stdout.hasPrefix("advantage\t"))
        #expect(withNeed.stdout.hasPrefix("benefit\t"))
    }

    @Test func badBytesAndHugeLinesAreHandledWithoutFailing() throws {
        let long = String(repeating: "How many lines do you run? ", count: 500)
        var input = Data("caf".utf8)
        input.append(contentsOf: [0xE9, 0xFF])
        input.append(contentsOf: Data(" problems?\n\(long)\n".utf8))
        let result = try binary.run(["classify", "--format", "tsv"], input: String(decoding: input, as: UTF8.self))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.contains("line 2 is over 10000 characters"))
    }

    @Test func textIsLaidOutWithLaterLinesUnderTheUtterance() throws {
        let line = "What would it mean for your quarter if the corrugator never stopped unplanned again?"
        let result = try binary.run(["classify", line], environment: ["COLUMNS": "50"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 50 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 19)) })
        #expect(lines[0].hasPrefix("need-payoff  "))
    }

    @Test func onATerminalWithNoTextItSaysItReadsStandardInput() throws {
        guard TmuxSession.isAvailable else { return }
        let session = try TmuxSession(
            command: [SpinCoachBinary.executable.path, "classify"], environment: ["HOME": binary.home.path])
        try session.waitFor(text: "reading utterances from standard input, one per line; Ctrl-D ends")
        try session.enter("How many sites do you run?")
        try session.waitFor(text: "situation")
        try session.press("C-d")
        #expect(try session.waitForExit() == 0)
    }

    @Test func controlCharactersAreNotEchoedInText() throws {
        let result = try binary.run(["classify", "\u{1B}[2Jhow many sites?"])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.hasPrefix("situation"))
    }

    @Test func misuseIsAnError() throws {
        try binary.expectExit(64, saying: "xml", from: ["classify", "--format", "xml", "hi"])
    }

    @Test func evalPrintsTheHeldOutReport() throws {
        let result = try binary.run(["eval", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("zh: held-out set"))
        #expect(result.stdout.contains("accuracy (SPIN labels)"))
        #expect(result.stdout.contains("confusion (rows: gold, columns: predicted)"))
        for folds in ["1", "101", "9223372036854775807"] {
            try binary.expectExit(64, saying: "2 to 100 folds", from: ["eval", "--cross-validate", folds])
        }
    }
}
