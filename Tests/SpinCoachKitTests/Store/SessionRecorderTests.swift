import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionRecorderTests {
    @Test func writesHeaderTurnsAndSummaryThatLoadBack() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 3)
        let lines = try SessionFixtures.lines(of: recorder.fileURL)
        #expect(lines.count == 5)
        #expect(lines[0].contains(#""type":"header""#))
        #expect(lines[0].contains(#""started":"2025-03-14T08:55:00.000Z""#))
        #expect(lines[0].contains(#""seed":18446744073709551615"#))
        #expect(lines[1].contains(#""type":"turn""#))
        #expect(lines[4].contains(#""type":"summary""#))

        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.header == SessionFixtures.header())
        #expect(record.turns == (0..<3).map { SessionFixtures.turn($0, $0 == 1 ? .buyer : .rep) })
        #expect(record.summary == SessionFixtures.summary)
        #expect(record.isComplete)
    }

    @Test func chineseTextAndNewlinesStayOnOneLine() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionRecorder(
            directory: temporary.data, header: SessionFixtures.header(language: .chinese))
        try recorder.append(SessionFixtures.turn(0, .rep, "您好，\n请问贵厂有几条产线？\u{1B}[2J"))
        #expect(try SessionFixtures.lines(of: recorder.fileURL).count == 2)
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.turns.first?.text == "您好，\n请问贵厂有几条产线？\u{1B}[2J")
        #expect(record.header.language == .chinese)
    }

    @Test func fileIsOwnerOnlyAndFolderIsPrivate() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data)
        #expect(try SessionFixtures.permissions(recorder.fileURL) == 0o600)
        #expect(try SessionFixtures.permissions(temporary.data) == 0o700)
        // The index and, while the recorder holds it open, its WAL files too.
        let names = try FileManager.default.contentsOfDirectory(atPath: temporary.data.path).sorted()
        #expect(names == ["index.sqlite", "index.sqlite-shm", "index.sqlite-wal", "s1.jsonl"])
        for name in names {
            #expect(try SessionFixtures.permissions(temporary.data.appending(path: name)) == 0o600, "\(name)")
        }
    }

    @Test func looseFolderPermissionsAreTightened() throws {
        let temporary = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: temporary.data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        #expect(try SessionFixtures.permissions(temporary.data) == 0o755)
        try SessionFixtures.record(in: temporary.data)
        #expect(try SessionFixtures.permissions(temporary.data) == 0o700)
    }

    @Test func unfinishedSessionLoadsAsIncompleteWithEveryTurn() throws {
        let temporary = try TemporaryDirectory()
        // The recorder is let go unfinished, as when the program stops mid-call.
        try SessionFixtures.record(in: temporary.data, turnCount: 4, finish: false)
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(!record.isComplete)
        #expect(record.summary == nil)
        #expect(record.turns.map(\.index) == [0, 1, 2, 3])
    }

    @Test func eachTurnIsOnDiskBeforeAppendReturns() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 0, finish: false)
        try recorder.append(SessionFixtures.turn(0))
        // Read through a separate handle while the recorder still holds the file open.
        #expect(try SessionFixtures.lines(of: recorder.fileURL).count == 2)
    }

    @Test func retractedTurnsAreDroppedOnLoad() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 4, finish: false)
        let note = SessionTurn.undoNote(
            index: 4, retracting: [3, 2], stage: "investigating", time: SessionFixtures.time(50))
        try recorder.append(note)
        #expect(note.index == 4)
        #expect(note.speaker == .note)
        #expect(note.text == "undo: turns 2-3")
        #expect(note.retracts == [2, 3])
        try recorder.append(SessionFixtures.turn(5))
        try recorder.finish(SessionFixtures.summary)

        let lines = try SessionFixtures.lines(of: recorder.fileURL)
        #expect(lines.count == 8)  // history kept: header, 4 turns, the note, 1 turn, summary
        #expect(lines[5].contains(#""retracts":[2,3]"#))
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.turns.map(\.index) == [0, 1, 4, 5])
    }

    @Test func undoTextNamesRanges() {
        #expect(SessionTurn.undoText([4]) == "undo: turn 4")
        #expect(SessionTurn.undoText([5, 6]) == "undo: turns 5-6")
        #expect(SessionTurn.undoText([2, 5, 6, 7, 9]) == "undo: turns 2, 5-7, 9")
    }

    @Test func aRepsOwnNoteGoesWithTheLineItFollowed() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 2, finish: false)
        try recorder.append(SessionFixtures.turn(2, .note, "call back Tuesday"))
        try recorder.append(.undoNote(index: 3, retracting: [0, 1, 2], stage: "s", time: SessionFixtures.time(40)))
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.turns.map(\.text) == ["undo: turns 0-2"])
    }

    @Test func badRetractionsAreRefused() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 2, finish: false)
        try recorder.append(.undoNote(index: 2, retracting: [1], stage: "s", time: SessionFixtures.time(30)))
        for (indices, problem) in [
            ([Int](), "no turns given"), ([7], "there is no earlier turn 7"), ([1], "turn 1 was already undone"),
            ([2], "turn 2 is itself an undo"),
        ] {
            #expect(throws: SessionStoreError.invalidRetraction(path: recorder.fileURL.path, problem: problem)) {
                try recorder.append(
                    .undoNote(index: 3, retracting: indices, stage: "s", time: SessionFixtures.time(40)))
            }
        }
        #expect(recorder.nextTurnIndex == 3)
    }

    @Test func turnsMustComeInOrder() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 1, finish: false)
        #expect(throws: SessionStoreError.turnOutOfOrder(path: recorder.fileURL.path, expected: 1, got: 3)) {
            try recorder.append(SessionFixtures.turn(3))
        }
    }

    @Test func recordsThatWouldNotReadBackAreRefused() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 1, finish: false)
        var summary = SessionFixtures.summary
        summary.score = 140
        #expect(
            throws: SessionStoreError.invalidRecord(
                path: recorder.fileURL.path, problem: "field 'score': must be between 0 and 100, not 140")
        ) { try recorder.finish(summary) }
        #expect(try SessionFixtures.lines(of: recorder.fileURL).count == 2)
        #expect(!recorder.isFinished)
    }

    @Test func nothingIsWrittenAfterFinish() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 1)
        #expect(throws: SessionStoreError.alreadyFinished(path: recorder.fileURL.path)) {
            try recorder.append(SessionFixtures.turn(1))
        }
        #expect(throws: SessionStoreError.alreadyFinished(path: recorder.fileURL.path)) {
            try recorder.finish(SessionFixtures.summary)
        }
    }

    @Test func anEarlierSessionIsNeverOverwritten() throws {
        let temporary = try TemporaryDirectory()
        let first = try SessionFixtures.record(in: temporary.data, turnCount: 2)
        let before = try Data(contentsOf: first.fileURL)
        #expect(throws: SessionStoreError.sessionExists(path: first.fileURL.path)) {
            try SessionRecorder(directory: temporary.data, header: SessionFixtures.header())
        }
        #expect(try Data(contentsOf: first.fileURL) == before)
    }

    @Test(arguments: ["", "../escape", ".hidden", "a/b", "名字", String(repeating: "x", count: 101)])
    func idsThatAreNotSafeFileNamesAreRefused(id: String) throws {
        let temporary = try TemporaryDirectory()
        #expect(throws: SessionStoreError.invalidID(id)) {
            try SessionRecorder(directory: temporary.data, header: SessionFixtures.header(id: id))
        }
        #expect(throws: SessionStoreError.invalidID(id)) {
            try SessionStore(directory: temporary.data).load(id: id)
        }
    }

    @Test func indexFollowsTheRecorder() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 0, finish: false)
        let index = try SessionIndex(directory: temporary.data)
        #expect(try index.sessions().map(\.turns) == [0])
        #expect(try index.sessions().map(\.isComplete) == [false])
        try recorder.append(SessionFixtures.turn(0))
        try recorder.append(SessionFixtures.turn(1, .buyer))
        #expect(try index.sessions().map(\.turns) == [2])
        try recorder.finish(SessionFixtures.summary)
        let info = try #require(try index.sessions().first)
        #expect(info.isComplete)
        #expect(info.outcome == .advance)
        #expect(info.score == 82)
        #expect(recorder.indexError == nil)
    }
}
