import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct JSONLogFileTests {
    enum Kind: String, CaseIterable { case start, step }

    struct Step: Decodable {
        var number: Int
    }

    @Test func theNewlineEndingTheLastLineStartsNoOther() {
        #expect(JSONLogFile.lines(of: Data("a\nb\n".utf8)) == [Data("a".utf8), Data("b".utf8)])
        #expect(JSONLogFile.lines(of: Data("a\n\nb".utf8)).count == 3)
        #expect(JSONLogFile.lines(of: Data()).isEmpty)
    }

    @Test func aLineIsKnownByItsType() throws {
        let line: JSONLogFile.Line<Kind> = try JSONLogFile.line(Data("{\"type\":\"step\",\"number\":2}".utf8))
        #expect(line.kind == .step)
        #expect(try line.record(Step.self).number == 2)
        let unknown: JSONLogFile.Line<Kind> = try JSONLogFile.line(Data("{\"type\":\"stop\"}".utf8))
        #expect(unknown.kind == nil)
        #expect(unknown.unknownType.message == "field 'type': 'stop' is not one of start, step")
    }

    @Test func whatIsWrongWithALineIsSaidInPlainWords() throws {
        #expect(throws: LineProblem("not a valid JSON object")) {
            let _: JSONLogFile.Line<Kind> = try JSONLogFile.line(Data("not json".utf8))
        }
        #expect(throws: LineProblem("missing field 'type'")) {
            let _: JSONLogFile.Line<Kind> = try JSONLogFile.line(Data("{}".utf8))
        }
        let line: JSONLogFile.Line<Kind> = try JSONLogFile.line(Data("{\"type\":\"step\",\"number\":\"two\"}".utf8))
        #expect(throws: LineProblem("field 'number' should be a whole number")) { try line.record(Step.self) }
    }

    @Test func anUnreadableFileIsToldInTheSystemsWords() throws {
        let folder = FileManager.default.temporaryDirectory
        #expect(throws: LineProblem("Is a directory")) { try JSONLogFile.data(of: folder) }
    }
}
