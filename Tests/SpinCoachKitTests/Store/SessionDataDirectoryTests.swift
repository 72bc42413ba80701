import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionDataDirectoryTests {
    let everything = ["SPINCOACH_DATA": "/env/data", "XDG_DATA_HOME": "/xdg", "HOME": "/home/sam"]

    @Test func optionWinsOverEverything() throws {
        #expect(try DataDirectory.resolve(option: "/opt/d", environment: everything).path == "/opt/d")
    }

    @Test func thenTheEnvironmentInOrder() throws {
        #expect(try DataDirectory.resolve(option: nil, environment: everything).path == "/env/data")
        var environment = everything
        environment["SPINCOACH_DATA"] = ""
        #expect(try DataDirectory.resolve(option: nil, environment: environment).path == "/xdg/spincoach")
        environment["XDG_DATA_HOME"] = "relative/ignored"
        #expect(
            try DataDirectory.resolve(option: nil, environment: environment).path == "/home/sam/.local/share/spincoach")
    }

    @Test func withNothingToGoOnItSaysSo() {
        #expect(throws: SessionStoreError.noDataDirectory) {
            try DataDirectory.resolve(option: nil, environment: [:])
        }
    }
}

@Suite struct SessionValueTests {
    @Test func jsonValuesRoundTrip() throws {
        let value: JSONValue = ["a": [1, 2.5, "x", nil, true, ["nested": false]], "b": "中文"]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data("true".utf8)) == .bool(true))
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data("1".utf8)) == .number(1))
    }

    @Test func anyEncodableBecomesAJSONValue() throws {
        struct Card: Encodable {
            var score = 70
            var questions = ["situation": 2]
        }
        #expect(try JSONValue.object(encoding: Card()) == ["score": 70, "questions": ["situation": 2]])
        #expect(try JSONValue(encoding: [1, 2]) == [1, 2])
        #expect(throws: EncodingError.self) { try JSONValue.object(encoding: [1, 2]) }
    }

    @Test func idsSortByStartTime() {
        let id = SessionID.make(started: SessionFixtures.start, random: 0x3fa9_c2d1)
        #expect(id == "20250314-085500-3fa9c2d1")
        #expect(SessionID.isValid(id))
        #expect(SessionID.make(started: SessionFixtures.time(1), random: 0) > id)
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(SessionTimestamp.string(from: SessionFixtures.time(0)) == "2025-03-14T08:55:00.000Z")
        #expect(SessionTimestamp.date(from: "2025-03-14T09:55:00+01:00") == SessionFixtures.start)
        #expect(SessionTimestamp.date(from: "14/03/2025") == nil)
    }
}
