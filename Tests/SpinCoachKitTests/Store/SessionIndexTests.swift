import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionIndexTests {
    @Test func indexRunsInWALMode() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data)
        #expect(try SessionIndex(directory: temporary.data).journalMode() == "wal")
    }

    @Test func listIsNewestFirst() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data, id: "middle", started: SessionFixtures.time(3600))
        try SessionFixtures.record(in: temporary.data, id: "oldest", started: SessionFixtures.time(0))
        try SessionFixtures.record(in: temporary.data, id: "newest", started: SessionFixtures.time(7200))
        let sessions = try SessionStore(directory: temporary.data).list()
        #expect(sessions.map(\.id) == ["newest", "middle", "oldest"])
    }

    @Test func indexIsRebuiltFromFilesAfterDeletingIt() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data, id: "done", started: SessionFixtures.time(0), turnCount: 3)
        let unfinished = try SessionFixtures.record(
            in: temporary.data, id: "cut-short", started: SessionFixtures.time(60), turnCount: 2, finish: false)
        try unfinished.append(.undoNote(index: 2, retracting: [1], stage: "s", time: SessionFixtures.time(90)))
        let store = SessionStore(directory: temporary.data)
        let before = try store.list()

        try SessionIndex.removeFiles(in: temporary.data)
        #expect(!FileManager.default.fileExists(atPath: temporary.data.appending(path: SessionIndex.fileName).path))
        let after = try store.list()
        #expect(after == before)
        #expect(after.map(\.id) == ["cut-short", "done"])
        #expect(after.map(\.isComplete) == [false, true])
        #expect(after.map(\.turns) == [2, 3])  // turn 1 undone, the undo note counted
        #expect(after[0].outcome == nil)
        #expect(after[0].score == nil)
        #expect(after[1].outcome == .advance)
        #expect(try SessionFixtures.permissions(temporary.data.appending(path: SessionIndex.fileName)) == 0o600)
    }

    @Test func explicitRebuildReplacesEveryRow() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data, id: "a")
        let index = try SessionIndex(directory: temporary.data)
        var stale = try #require(try index.sessions().first)
        stale.id = "ghost"
        try index.save(stale)
        #expect(try index.sessions().count == 2)
        #expect(try index.rebuild().isEmpty)
        #expect(try index.sessions().map(\.id) == ["a"])
    }

    @Test func damagedIndexIsRebuilt() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data, id: "a")
        try SessionIndex.removeFiles(in: temporary.data)
        try Data(repeating: 0x5A, count: 4096).write(to: temporary.data.appending(path: SessionIndex.fileName))
        #expect {
            try SessionIndex(directory: temporary.data)
        } throws: { error in
            if case .indexCorrupt = error as? SessionStoreError { return true }
            return false
        }
        #expect(try SessionStore(directory: temporary.data).list().map(\.id) == ["a"])
    }

    @Test func recordingGoesOnWhenTheIndexIsDamaged() throws {
        let temporary = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: temporary.data, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 4096).write(to: temporary.data.appending(path: SessionIndex.fileName))
        let recorder = try SessionFixtures.record(in: temporary.data, id: "a", turnCount: 2)
        guard case .indexCorrupt = recorder.indexError else {
            Issue.record("expected a damaged-index error, got \(String(describing: recorder.indexError))")
            return
        }
        let sessions = try SessionStore(directory: temporary.data).list()
        #expect(sessions.map(\.id) == ["a"])
        #expect(sessions.first?.turns == 2)
        #expect(sessions.first?.isComplete == true)
    }

    @Test func filesChangedBehindTheIndexAreReadAgain() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, id: "a", turnCount: 1, finish: false)
        try SessionFixtures.record(in: temporary.data, id: "b")
        // Another program finishes "a" without the index hearing of it, and "b" is deleted.
        let handle = try FileHandle(forWritingTo: recorder.fileURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: try SessionLogLine.encode(SessionFixtures.summary) + Data("\n".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: temporary.data.appending(path: "b.jsonl"))

        let sessions = try SessionStore(directory: temporary.data).list()
        #expect(sessions.map(\.id) == ["a"])
        #expect(sessions.first?.isComplete == true)
    }

    @Test func badFilesAreReportedAndPartlyReadOnesListed() throws {
        let temporary = try TemporaryDirectory()
        try SessionFixtures.record(in: temporary.data, id: "good")
        let damaged = try SessionFixtures.record(in: temporary.data, id: "damaged", turnCount: 2, finish: false)
        try Data("{oops\n".utf8).write(to: temporary.data.appending(path: "headless.jsonl"))
        try Data().write(to: temporary.data.appending(path: "not an id.jsonl"))
        let handle = try FileHandle(forWritingTo: damaged.fileURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"type\":\n".utf8))
        try handle.close()

        var problems: [String] = []
        let sessions = try SessionStore(directory: temporary.data).list { problems.append($0.description) }
        #expect(Set(sessions.map(\.id)) == ["good", "damaged"])
        let partial = try #require(sessions.first { $0.id == "damaged" })
        #expect(partial.turns == 2)
        #expect(partial.problem?.hasSuffix("damaged.jsonl:4: not a valid JSON object") == true)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.hasSuffix("headless.jsonl:1: not a valid JSON object") })
        #expect(problems.contains { $0.contains("not an id.jsonl: cannot read: the name is not a session id") })
    }

    @Test func missingFolderListsNothingAndCreatesNothing() throws {
        let temporary = try TemporaryDirectory()
        #expect(try SessionStore(directory: temporary.data).list().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: temporary.data.path))
    }
}
