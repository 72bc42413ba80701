import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct DrillLogReaderTests {
    let scratch: TemporaryDirectory
    var data: URL { scratch.data }
    init() throws { scratch = try TemporaryDirectory() }
    static let started = SM2Tests.start

    func record(rounds: Int, finish: Bool) throws -> DrillRecorder {
        let recorder = try DrillRecorder(
            dataDirectory: data,
            header: DrillHeader(id: "d1", started: Self.started, rep: "Sam", language: .chinese, kind: .mixed))
        for index in stride(from: 1, through: rounds, by: 1) {
            try recorder.append(
                DrillRound(
                    index: index, item: "disc.p.opening", skill: .disc, answer: "支配型\n",
                    mark: DrillMark(verdict: .right, quality: 5, named: .dominance), time: Self.started))
        }
        if finish { try recorder.finish(at: Self.started, stopped: true) }
        return recorder
    }

    @Test func whatIsWrittenReadsBackAndIsPrivate() throws {
        let recorder = try record(rounds: 2, finish: true)
        let read = try DrillLogReader.read(recorder.fileURL)
        #expect(read.header == recorder.header)
        #expect(read.rounds.map(\.answer) == ["支配型\n", "支配型\n"])
        #expect(read.end == DrillEnd(ended: Self.started, rounds: 2, stopped: true))
        let file = try FileManager.default.attributesOfItem(atPath: recorder.fileURL.path)
        let folder = try FileManager.default.attributesOfItem(atPath: recorder.fileURL.deletingLastPathComponent().path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect(throws: SessionStoreError.self) { try recorder.append(read.rounds[0]) }
    }

    @Test func aDrillCutShortKeepsEveryRoundWritten() throws {
        let recorder = try record(rounds: 3, finish: false)
        let read = try DrillLogReader.read(recorder.fileURL)
        #expect(read.rounds.count == 3 && read.end == nil)
        #expect(throws: SessionStoreError.self) {
            try recorder.append(
                DrillRound(index: 7, item: "x", skill: .spin, answer: "a", mark: .skipped, time: Self.started))
        }
    }

    /// A round that would not read back is refused before it reaches the file, so the log stays readable.
    @Test func aRoundThatWouldNotReadBackIsRefused() throws {
        let recorder = try record(rounds: 1, finish: false)
        var bad = DrillRound(index: 2, item: "x", skill: .spin, answer: "a", mark: .skipped, time: Self.started)
        bad.quality = 9
        #expect(throws: SessionStoreError.self) { try recorder.append(bad) }
        let read = try DrillLogReader.read(recorder.fileURL)
        #expect(read.rounds.count == 1)
    }

    @Test(arguments: [
        ("{\"type\":\"round\"}", 1, "the first line must be the drill line"),
        ("HEADER\nnot json", 2, "not a valid JSON object"),
        ("HEADER\nHEADER", 2, "a second drill line"),
        ("HEADER\n{\"type\":\"turn\"}", 2, "field 'type': 'turn' is not one of drill, round, end"),
        ("HEADER\nROUND2", 2, "field 'index': 2 given where 1 comes next"),
        ("HEADER\nEND\nROUND1", 3, "nothing may follow the end line"),
        (
            "HEADER\n" + DrillLogReaderTests.round(1).replacing("\"quality\":5", with: "\"quality\":9"), 2,
            "field 'quality': must be a whole number from 0 to 5"
        ),
        (
            "HEADER\n" + DrillLogReaderTests.round(1).replacing(",\"skill\":\"disc\"", with: ""), 2,
            "missing field 'skill'"
        ),
        ("", 1, "the file is empty"),
    ])
    func aBadLineIsNamedByFileAndLine(text: String, line: Int, problem: String) throws {
        let header = try String(
            decoding: SessionLogLine.encode(
                DrillHeader(id: "d1", started: Self.started, rep: "Sam", language: .english, kind: .spin)),
            as: UTF8.self)
        let end = try String(
            decoding: SessionLogLine.encode(DrillEnd(ended: Self.started, rounds: 0, stopped: false)), as: UTF8.self)
        let content = text.replacing("HEADER", with: header).replacing("END", with: end)
            .replacing("ROUND2", with: Self.round(2)).replacing("ROUND1", with: Self.round(1))
        #expect {
            try DrillLogReader.parse(Data(content.utf8), file: "drills/d1.jsonl")
        } throws: { error in
            let failure = error as? DrillLogError
            return failure?.line == line
                && failure?.description.hasPrefix("drills/d1.jsonl:\(line): \(problem)") == true
        }
    }

    static func round(_ index: Int) -> String {
        let round = DrillRound(
            index: index, item: "disc.p.opening", skill: .disc, answer: "D",
            mark: DrillMark(verdict: .right, quality: 5), time: started)
        return String(decoding: try! SessionLogLine.encode(round), as: UTF8.self)
    }

    @Test func readingAllReportsTheDamagedFileAndLeavesItAsItIs() throws {
        _ = try record(rounds: 1, finish: true)
        let bad = DrillRecorder.folder(in: data).appending(path: "d2.jsonl")
        let text = "{\"type\":\"drill\"}\n"
        try Data(text.utf8).write(to: bad)
        #expect {
            try DrillLogReader.readAll(dataDirectory: data)
        } throws: { error in
            (error as? DrillLogError)?.description.hasPrefix(bad.path + ":1: missing field") == true
        }
        #expect(try String(contentsOf: bad, encoding: .utf8) == text)
        #expect(try DrillLogReader.readAll(dataDirectory: data.appending(path: "none")).isEmpty)
    }

    @Test func readingAllCanSkipADamagedFileAndSayWhich() throws {
        _ = try record(rounds: 1, finish: true)
        let bad = DrillRecorder.folder(in: data).appending(path: "d2.jsonl")
        try Data("{\"type\":\"drill\"}\n".utf8).write(to: bad)
        var problems: [DrillLogError] = []
        let records = try DrillLogReader.readAll(dataDirectory: data) { problems.append($0) }
        #expect(records.map(\.header.id) == ["d1"])
        #expect(problems.map(\.file) == [bad.path] && problems.first?.line == 1)
        #expect(problems.first?.problem.hasPrefix("missing field") == true)
    }
}
