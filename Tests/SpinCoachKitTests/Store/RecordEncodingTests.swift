import Foundation
import Testing

@testable import SpinCoachKit

/// Records encode with synthesized code; these hold the two forms that code does not give by itself.
@Suite struct RecordEncodingTests {
    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func anUnfinishedListingWritesItsTimeAsTextAndItsMissingOutcomeAsNull() throws {
        let record = LoadedSession(header: SessionFixtures.header(), turns: [SessionFixtures.turn(0)])
        let text = try json(SessionListing(record: record, path: "s1.jsonl", logSize: 0))
        #expect(text.contains(#""started":"2025-03-14T08:55:00.000Z""#))
        #expect(text.contains(#""outcome":null"#))
        #expect(text.contains(#""score":null"#))
        #expect(text.contains(#""complete":false"#))
        #expect(!text.contains("logSize"))
        #expect(!text.contains("questions"))
    }

    @Test func aSessionLineStartsWithItsType() throws {
        let text = try json(SessionFixtures.turn(0))
        #expect(text.contains(#""type":"turn""#))
        #expect(text.contains(#""time":"2025-03-14T08:55"#))
    }
}
