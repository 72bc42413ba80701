import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct AssessmentStoreTests {
    static func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func theResultIsStoredPrivatelyAndReadsBack() throws {
        let folder = try TemporaryDirectory()
        let store = AssessmentStore(directory: folder.data)
        #expect(try store.loadResult() == nil)
        let result = AssessmentReportTests.influence
        try store.save(result)
        #expect(try store.loadResult() == result)
        #expect(try Self.mode(store.resultFile) == 0o600)
        #expect(try Self.mode(folder.data) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.data.path) == ["assessment.json"])
        let json = try String(contentsOf: store.resultFile, encoding: .utf8)
        #expect(json.contains("\"points\" : {") && json.contains("\"I\" : 24") && json.contains("\"primary\" : \"I\""))
        var again = result
        again.points.dominance = 25
        again = AssessmentResult(
            taken: again.taken, language: .chinese, statements: 28, points: again.points, maximum: 28)
        try store.save(again)
        #expect(try store.loadResult()?.primary == .dominance, "a new result replaces the old one")
        #expect(try Self.mode(store.resultFile) == 0o600)
    }

    @Test func aDamagedResultNamesTheFileAndTheField() throws {
        let folder = try TemporaryDirectory()
        let store = AssessmentStore(directory: folder.data)
        try FileManager.default.createDirectory(at: folder.data, withIntermediateDirectories: true)
        try Data("{\"version\": 1}".utf8).write(to: store.resultFile)
        #expect(
            throws: SessionStoreError.unreadableFile(
                path: store.resultFile.path, reason: "taken: missing required field")
        ) {
            try store.loadResult()
        }
        try Data("not json".utf8).write(to: store.resultFile)
        #expect(throws: SessionStoreError.self) { try store.loadResult() }
        var result = AssessmentReportTests.influence
        result.secondary = .dominance
        try store.save(result)
        #expect(
            throws: SessionStoreError.unreadableFile(
                path: store.resultFile.path, reason: "primary and secondary do not follow from the points")
        ) { try store.loadResult() }
    }

    @Test func progressIsKeptPerLanguageAndRemoved() throws {
        let folder = try TemporaryDirectory()
        let store = AssessmentStore(directory: folder.data)
        let assessment = try #require(try Bundled.library.loadAssessment(language: .chinese))
        let progress = AssessmentProgress(
            language: .chinese, fingerprint: assessment.fingerprint, started: AssessmentReportTests.influence.taken,
            answers: [3, 4, 5])
        try store.save(progress)
        #expect(try store.loadProgress(language: .chinese) == progress)
        #expect(try store.loadProgress(language: .english) == nil)
        #expect(try Self.mode(store.progressFile(language: .chinese)) == 0o600)
        #expect(progress.fits(assessment))
        var other = progress
        other.fingerprint = "0000000000000000"
        #expect(!other.fits(assessment), "answers to other statements are not carried over")
        other = progress
        other.answers = [3, 9]
        #expect(!other.fits(assessment))
        try store.removeProgress(language: .chinese)
        try store.removeProgress(language: .chinese)
        #expect(try store.loadProgress(language: .chinese) == nil)
    }
}
