import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionStoreTests {
    func store(with ids: [String]) throws -> (TemporaryDirectory, SessionStore) {
        let temporary = try TemporaryDirectory()
        for (offset, id) in ids.enumerated() {
            try SessionFixtures.record(in: temporary.data, id: id, started: SessionFixtures.time(60 * offset))
        }
        return (temporary, SessionStore(directory: temporary.data))
    }

    @Test func aReferenceIsLatestAnExactIDOrTheStartOfOne() throws {
        let (folder, store) = try store(with: ["20250314-0855-aa", "20250314-0900-ab", "20250314-0900"])
        #expect(try store.resolve("latest") == "20250314-0900")
        #expect(try store.resolve("20250314-0900") == "20250314-0900", "an exact id wins over longer ones it starts")
        #expect(try store.resolve("20250314-0855") == "20250314-0855-aa")
        #expect(
            throws: SessionStoreError.ambiguousID(
                prefix: "2025",
                matches: [
                    "20250314-0855-aa", "20250314-0900", "20250314-0900-ab",
                ])
        ) { try store.resolve("2025") }
        #expect(throws: SessionStoreError.unknownSession(id: "2026", directory: folder.data.path)) {
            try store.resolve("2026")
        }
        #expect(throws: SessionStoreError.invalidID("../x")) { try store.resolve("../x") }
    }

    @Test func latestInAnEmptyFolderSaysThereAreNone() throws {
        let (folder, store) = try store(with: [])
        #expect(throws: SessionStoreError.noSessions(directory: folder.data.path)) { try store.resolve("latest") }
    }

    @Test func undoneTurnsAreKeptApartAndTheListCountsWhoSpoke() throws {
        let temporary = try TemporaryDirectory()
        let recorder = try SessionFixtures.record(in: temporary.data, turnCount: 4, finish: false)
        try recorder.append(SessionFixtures.turn(4, .note, "a note"))
        try recorder.append(.undoNote(index: 5, retracting: [2, 3], stage: "s", time: SessionFixtures.time(90)))
        let record = try SessionStore(directory: temporary.data).load(id: "s1")
        #expect(record.turns.map(\.index) == [0, 1, 4, 5])
        #expect(record.undone.map(\.index) == [2, 3])
        #expect(record.transcript.map(\.index) == [0, 1, 2, 3, 4, 5])
        let info = try #require(try SessionStore(directory: temporary.data).list().first)
        #expect((info.turns, info.repTurns, info.buyerTurns) == (4, 1, 1))
    }
}
