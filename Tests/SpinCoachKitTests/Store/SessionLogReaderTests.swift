import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionLogReaderTests {
    static let header =
        #"{"type":"header","version":1,"id":"s1","started":"2025-03-14T08:55:00Z","persona":"p","script":"x","#
        + #""contentVersion":"1","seed":7,"language":"en","rep":"Sam","coach":"off"}"#

    static func turn(_ index: Int, extra: String = "") -> String {
        #"{"type":"turn","index":\#(index),"speaker":"rep","text":"t\#(index)","stage":"opening","#
            + #""time":"2025-03-14T08:56:00.250Z"\#(extra)}"#
    }

    static let summary =
        #"{"type":"summary","ended":"2025-03-14T09:05:00Z","outcome":"no-sale","score":40,"scorecard":{}}"#

    /// Writes the lines as `s1.jsonl` and loads them, returning the malformed-line error.
    func malformed(_ lines: [String]) throws -> MalformedLine {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.write(lines, id: "s1", in: temporary.data)
        do {
            let record = try SessionStore(directory: temporary.data).load(id: "s1")
            throw LoadedWithoutComplaint(record: record)
        } catch SessionStoreError.malformedLine(let malformed) {
            #expect(malformed.file == temporary.data.appending(path: "s1.jsonl").path)
            return malformed
        }
    }

    struct LoadedWithoutComplaint: Error {
        var record: LoadedSession
    }

    @Test func readsAFileWrittenByHand() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.write(
            [Self.header, Self.turn(0), Self.turn(1), Self.summary], id: "s1", in: temporary.data)
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.header.coach == .off)
        #expect(record.header.seed == 7)
        #expect(record.turns.map(\.text) == ["t0", "t1"])
        #expect(record.turns[0].time == Date(timeIntervalSince1970: 1_741_942_560.25))
        #expect(record.summary?.outcome == .noSale)
        #expect(record.summary?.scorecard == [:])
    }

    @Test func malformedLineNamesFileAndLineAndKeepsTheGoodLinesBeforeIt() throws {
        let malformed = try malformed([Self.header, Self.turn(0), Self.turn(1), #"{"type":"turn","index":2"#])
        #expect(malformed.line == 4)
        #expect(malformed.problem == "not a valid JSON object")
        #expect(malformed.description.hasSuffix("/s1.jsonl:4: not a valid JSON object"))
        #expect(malformed.readSoFar?.turns.map(\.text) == ["t0", "t1"])
        #expect(malformed.readSoFar?.isComplete == false)
    }

    @Test(arguments: [
        (
            #"{"type":"turn","index":1,"speaker":"rep","stage":"s","time":"2025-03-14T08:56:00Z"}"#,
            "missing field 'text'"
        ),
        (
            turn(1).replacingOccurrences(of: "rep", with: "boss"),
            "field 'speaker': 'boss' is not one of rep, buyer, coach, note"
        ),
        (turn(1, extra: #","confidence":"high""#), "field 'confidence' should be a number"),
        (turn(1, extra: #","confidence":1.5"#), "field 'confidence': must be between 0 and 1, not 1.5"),
        (turn(1, extra: #","retracts":[0]"#), "field 'retracts': only a note can retract turns"),
        (turn(3), "field 'index': turn 3 where 1 comes next"),
        (
            turn(1).replacingOccurrences(of: #""index":1"#, with: #""index":1.5"#),
            "field 'index': must be a whole number from \(Int.min) to \(Int.max)"
        ),
        (
            turn(1).replacingOccurrences(of: #""index":1"#, with: #""index":-1"#),
            "field 'index': must be 0 or more, not -1"
        ),
        (
            #"{"type":"turn","index":1,"speaker":"rep","text":"t","stage":"s","time":"yesterday"}"#,
            "field 'time': 'yesterday' is not an ISO 8601 date and time"
        ),
        (#"{"type":"chapter"}"#, "field 'type': 'chapter' is not one of header, turn, summary"),
        (#"{"index":1}"#, "missing field 'type'"),
        (#"[1, 2]"#, "not a valid JSON object"),
        ("", "empty line"),
        (header, "a second header line"),
        (
            #"{"type":"summary","ended":"2025-03-14T09:05:00Z","outcome":"won","score":40,"scorecard":{}}"#,
            "field 'outcome': 'won' is not one of advance, continuation, no-sale, walk-out, ended-early, abandoned"
        ),
        (
            #"{"type":"summary","ended":"2025-03-14T09:05:00Z","outcome":"advance","score":101,"scorecard":{}}"#,
            "field 'score': must be between 0 and 100, not 101"
        ),
        (
            #"{"type":"summary","ended":"2025-03-14T09:05:00Z","outcome":"advance","score":1,"scorecard":[]}"#,
            "field 'scorecard' should be a JSON object"
        ),
    ])
    func secondTurnProblemsAreNamed(line: String, problem: String) throws {
        let malformed = try malformed([Self.header, Self.turn(0), line])
        #expect(malformed.line == 3)
        #expect(malformed.problem == problem)
        #expect(malformed.readSoFar?.turns.count == 1)
    }

    @Test func undoNotesMustNameEarlierStandingTurns() throws {
        let note =
            #"{"type":"turn","index":1,"speaker":"note","text":"undo","stage":"s","#
            + #""time":"2025-03-14T08:56:00Z","retracts":[5]}"#
        let malformed = try malformed([Self.header, Self.turn(0), note])
        #expect(malformed.problem == "field 'retracts': there is no earlier turn 5")
    }

    @Test func theHeaderMustComeFirstAndBeValid() throws {
        #expect(try malformed([Self.turn(0)]).problem == "the first line must be the header")
        #expect(try malformed([Self.turn(0)]).readSoFar == nil)
        #expect(try malformed([]).problem == "the file is empty; a session starts with a header line")
        let future = Self.header.replacingOccurrences(of: #""version":1"#, with: #""version":2"#)
        #expect(
            try malformed([future]).problem
                == "field 'version': version 2 is not supported (this SpinCoach reads 1...1)")
        let negativeSeed = Self.header.replacingOccurrences(of: #""seed":7"#, with: #""seed":-7"#)
        #expect(
            try malformed([negativeSeed]).problem
                == "field 'seed': must be a whole number from 0 to 18446744073709551615")
        let otherID = Self.header.replacingOccurrences(of: #""id":"s1""#, with: #""id":"s2""#)
        #expect(try malformed([otherID]).problem == "field 'id': 's2' does not match the file name s1.jsonl")
    }

    @Test func nothingMayFollowTheSummary() throws {
        let malformed = try malformed([Self.header, Self.turn(0), Self.summary, Self.turn(1)])
        #expect(malformed.line == 4)
        #expect(malformed.problem == "nothing may follow the summary line")
        #expect(malformed.readSoFar?.isComplete == true)
    }

    @Test func unknownIDAndUnreadableFileAreTold() throws {
        let temporary = try TemporaryDirectory()
        let store = SessionStore(directory: temporary.data)
        #expect(throws: SessionStoreError.unknownSession(id: "nope", directory: temporary.data.path)) {
            try store.load(id: "nope")
        }
        // A folder where the file should be cannot be read as one.
        try FileManager.default.createDirectory(
            at: temporary.data.appending(path: "odd.jsonl"), withIntermediateDirectories: true)
        #expect {
            try store.load(id: "odd")
        } throws: { error in
            guard case .unreadableFile(let path, let reason) = error as? SessionStoreError else { return false }
            return path.hasSuffix("/odd.jsonl") && reason == "Is a directory"
        }
    }
}
