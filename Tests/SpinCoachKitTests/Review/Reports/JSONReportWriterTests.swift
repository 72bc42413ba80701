import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct JSONReportWriterTests {
    static let schemaURL = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "docs/review.schema.json")

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Self.schemaURL))
    }

    @Test func outputValidatesAgainstTheSchema() throws {
        let reviews = [
            try ReviewSupport.reviewer.review(ReviewSupport.discovery),
            try ReviewSupport.reviewer.review(
                try TranscriptImporter().read(TranscriptFixtures.ours("practice-with-reasons.jsonl"))),
            try ReviewSupport.reviewer.review(ReportFixtures.hostile),
        ]
        for mode in [ReviewMode.summary(detail: false), .single] {
            let json = ReportFixtures.render(.json, mode == .single ? [reviews[1]] : reviews, mode: mode)
            #expect(try validator().validate(Data(json.utf8)) == [])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == 1)
        }
    }

    @Test func theValidatorCatchesViolations() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let json = ReportFixtures.render(.json, [review], mode: .single)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        object["schemaVersion"] = 2
        object["extra"] = true
        var calls = try #require(object["calls"] as? [[String: Any]])
        var entry = calls[0]
        var body = try #require(entry["review"] as? [String: Any])
        body["timing"] = "sometimes"
        body.removeValue(forKey: "rep")
        entry["review"] = body
        calls[0] = entry
        object["calls"] = calls
        let problems = try validator().validate(JSONSerialization.data(withJSONObject: object))
        #expect(problems.contains("$.schemaVersion: expected the constant 1"))
        #expect(problems.contains("$: unexpected property 'extra'"))
        #expect(problems.contains { $0.hasPrefix("$.calls[0].review.timing: sometimes is not one of") })
        #expect(problems.contains("$.calls[0].review: missing required 'rep'"))
    }

    @Test func eachCallIsOneLine() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let json = ReportFixtures.render(.json, [review, review, review], mode: .summary(detail: false))
        let lines = json.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[1].hasPrefix("{\"path\":\"call.vtt\""))
    }
}
