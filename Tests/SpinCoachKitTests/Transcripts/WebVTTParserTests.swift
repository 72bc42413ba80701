import Foundation
import Testing

@testable import SpinCoachKit

/// Conformance with the web-platform-tests WebVTT files: each gives the signature validity,
/// cue count, first cue and voice names its `expected.json` states.
@Suite struct WebVTTParserTests {
    struct Expectation: Decodable {
        struct FirstCue: Decodable {
            var id: String
            var start: Double
            var end: Double
            var text: String
        }

        var signatureValid: Bool
        var cueCount: Int?
        var firstCue: FirstCue?
        var voiceNames: [String]

        enum CodingKeys: String, CodingKey {
            case signatureValid = "signature_valid", cueCount = "cue_count", firstCue = "first_cue"
            case voiceNames = "voice_names"
        }
    }

    static let expectations: [String: Expectation] = {
        let url = TranscriptFixtures.webVTT("expected.json")
        // A decoding failure here must fail the tests, not hide them.
        return (try? JSONDecoder().decode([String: Expectation].self, from: Data(contentsOf: url))) ?? [:]
    }()

    @Test func everyFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TranscriptFixtures.webVTT("").path)
            .filter { $0.hasSuffix(".vtt") }
        #expect(files.count == 53)
        #expect(Set(files) == Set(Self.expectations.keys))
    }

    @Test(arguments: expectations.keys.sorted())
    func conformance(_ name: String) throws {
        let expected = try #require(Self.expectations[name])
        let bytes = try [UInt8](Data(contentsOf: TranscriptFixtures.webVTT(name)))
        let text = String(decoding: bytes, as: UTF8.self)
        switch WebVTTParser.parse(text) {
        case .failure(let failure):
            #expect(!expected.signatureValid, "\(name): \(failure.message)")
            #expect(failure.line == 1)
        case .success(let document):
            #expect(expected.signatureValid)
            #expect(document.cues.count == expected.cueCount)
            if let first = expected.firstCue {
                let cue = try #require(document.cues.first)
                #expect(cue.id == first.id)
                #expect(cue.start == first.start)
                #expect(cue.end == first.end)
                #expect(cue.text == first.text)
            } else {
                #expect(document.cues.isEmpty)
            }
            let voices = document.cues.flatMap { WebVTTCueText.voiceNames($0.text) }
            #expect(Set(voices) == Set(expected.voiceNames))
        }
    }

    @Test func settingsAndRegions() {
        let text = """
            WEBVTT

            REGION
            id:fred width:40%

            00:01.000 --> 00:02.500 align:end line:-1 size:50% position:10%,line-left region:fred vertical:up
            <v.loud Ann Lee>Hi &amp; welcome</v>
            """
        guard case .success(let document) = WebVTTParser.parse(text) else {
            Issue.record("did not parse")
            return
        }
        #expect(document.regionIDs == ["fred"])
        let cue = document.cues[0]
        #expect(cue.start == 1 && cue.end == 2.5 && cue.line == 6)
        #expect(
            cue.settings == [
                "align": "end", "line": "-1", "size": "50%", "position": "10%,line-left", "region": "fred",
            ])
        #expect(WebVTTCueText.segments(cue.text) == [.init(voice: "Ann Lee", text: "Hi & welcome")])
    }
}
