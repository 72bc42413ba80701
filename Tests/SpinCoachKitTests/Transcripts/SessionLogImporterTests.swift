import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct SessionLogImporterTests {
    @Test func buyerReasonsAreDecodedAndCoachTurnsLeftOut() throws {
        let transcript = try TranscriptImporter().read(TranscriptFixtures.ours("practice-with-reasons.jsonl"))
        #expect(transcript.format == .session)
        #expect(transcript.speakers == ["Sam", "kwame-asante"])
        #expect(transcript.utterances.count == 12)
        #expect(transcript.practice?.outcome == .continuation && transcript.practice?.score == 41)
        let reasons = transcript.utterances.compactMap(\.reason)
        #expect(reasons.map(\.kind) == ["off-topic", "reveals", "objection", "not-ready", "guarded"])
        #expect(
            reasons[1]
                == BuyerReason(
                    kind: "reveals", item: "problem:breakdowns", evidence: ["stop", "corrugator"], focus: false))
        #expect(reasons[2].trigger == "pitch")
        #expect(transcript.utterances.last?.reason == nil)
        #expect(transcript.utterances[1].start == 12)
    }

    @Test func aMalformedReasonNamesItsLine() {
        #expect(throws: TranscriptProblem.self) {
            try TranscriptImporter().read(TranscriptFixtures.ours("practice-bad-reason.jsonl"))
        }
        do {
            _ = try TranscriptImporter().read(TranscriptFixtures.ours("practice-bad-reason.jsonl"))
        } catch {
            #expect(error.line == 3)
            #expect(error.message == "missing field 'reason.kind'")
        }
    }

    @Test func aLogWithoutReasonsStillImports() throws {
        let directory = try TemporaryDirectory()
        try SessionFixtures.record(in: directory.data, turnCount: 4)
        let transcript = try TranscriptImporter().read(SessionFileList.url(for: "s1", in: directory.data))
        #expect(transcript.utterances.count == 4 && transcript.utterances.allSatisfy { $0.reason == nil })
    }
}
