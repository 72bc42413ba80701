import Foundation
import Testing

@testable import SpinCoachKit

/// Every third-party meeting export imports, each pinned by its speakers, turn count
/// (after merging a speaker's cues less than 2 s apart) and first turn.
@Suite struct TranscriptImporterTests {
    struct Pin: Sendable, CustomTestStringConvertible {
        var file: String
        var format: TranscriptFormat
        var speakers: [String]
        var turns: Int
        var first: (speaker: String?, start: Double?, end: Double?, text: String)

        var testDescription: String { file }
    }

    static let pins: [Pin] = [
        Pin(
            file: "dgcap_assemblyai_utterances.json", format: .speechToText, speakers: ["Speaker A"], turns: 1,
            first: ("Speaker A", 0.17, 25.14, "Yeah. As much as it's worth celebrating")),
        Pin(
            file: "dgcap_dg_speakers.json", format: .speechToText, speakers: ["Speaker 0", "Speaker 1", "Speaker 2"],
            turns: 13, first: ("Speaker 0", 3.04, nil, "And, Jessica, Christina, we are so proud of you.")),
        Pin(
            file: "dgcap_whisper_timestamped.json", format: .speechToText, speakers: [], turns: 4,
            first: (nil, 0.12, 7.62, "Yeah, as much as it's worth celebrating the first spacewalk")),
        Pin(
            file: "lct_sample_transcript_special_chars.txt", format: .plainText,
            speakers: ["José García", "Mary O'Brien", "François Müller", "李明"], turns: 6,
            first: ("José García", 0, nil, "Hello everyone!")),
        Pin(
            file: "lennys_pete-kazanjy_transcript.md", format: .plainText,
            speakers: ["Pete Kazanjy", "Lenny", "Ashley Mulligan"], turns: 135,
            first: ("Pete Kazanjy", 0, nil, "The thing that I just like to encourage founders")),
        Pin(
            file: "teamstt_sample-meeting.vtt", format: .webVTT,
            speakers: ["John Smith", "Sarah Johnson", "Michael Chen"], turns: 17,
            first: ("John Smith", 1, 4.52, "Hello everyone, welcome to today's meeting.")),
        Pin(
            file: "turnchunk_basic.srt", format: .srt, speakers: ["Alice", "Bob"], turns: 2,
            first: ("Alice", 1, 3.5, "The contract renews automatically.")),
        Pin(
            file: "turnchunk_bracketed.txt", format: .plainText, speakers: ["Alice", "Bob"], turns: 3,
            first: ("Alice", 1, nil, "The contract renews automatically.")),
        Pin(
            file: "turnchunk_otter.txt", format: .plainText, speakers: ["Alice Chen", "Bob Ferreira"], turns: 2,
            first: ("Alice Chen", 1, nil, "Right, let's start with the renewal. They came back asking for a twelve")),
        Pin(
            file: "turnchunk_renewal-call.vtt", format: .webVTT,
            speakers: ["Priya Raman", "Marcus Bell", "Dana Okafor"],
            turns: 9, first: ("Priya Raman", 2.1, 19.8, "Okay, we're recording. The main thing today")),
        Pin(
            file: "tx_srt_simple.srt", format: .srt, speakers: ["SPEAKER_01"], turns: 3,
            first: (nil, 0, 3.4, "Hello from speaker one.")),
        Pin(
            file: "tx_zoom_sample.vtt", format: .webVTT, speakers: ["Alice Smith", "Bob Jones"], turns: 3,
            first: ("Alice Smith", 0, 4.2, "Hello everyone, good morning.")),
        Pin(
            file: "zsengage_GMT20240124-202901_Recording.cc.vtt", format: .webVTT, speakers: [], turns: 100,
            first: (nil, 68, 69, "This doesn't.")),
        Pin(
            file: "zsengage_GMT20240124-202901_Recording.transcript.vtt", format: .webVTT,
            speakers: ["Srijani Ghosh", "Conor Healy", "Dr. Melissa Ko", "Shreeharsh Kelkar", "Ryan Sloan"], turns: 33,
            first: ("Srijani Ghosh", 0.05, 1.79, "Hi!")),
        Pin(
            file: "zsengage_GMT20240124-202901_RecordingnewChat.txt", format: .plainText,
            speakers: ["Ryan Sloan", "Dr. Melissa Ko", "Khalilah Beal-Uribe", "Shreeharsh Kelkar"], turns: 12,
            first: ("Ryan Sloan", 316, nil, "Let’s try to stay muted unless speaking up")),
        Pin(
            file: "ztfilter_input_example.txt", format: .plainText, speakers: ["Johnny Doe", "Janet Dough"], turns: 12,
            first: ("Johnny Doe", 39729, nil, "How you doing?")),
    ]

    @Test func everyMeetingFileIsPinned() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TranscriptFixtures.meeting("").path)
        #expect(Set(files) == Set(Self.pins.map(\.file)))
    }

    @Test(arguments: pins)
    func imports(_ pin: Pin) throws {
        let transcript = try TranscriptImporter().read(TranscriptFixtures.meeting(pin.file))
        #expect(transcript.format == pin.format)
        #expect(transcript.speakers == pin.speakers)
        #expect(transcript.utterances.count == pin.turns)
        let first = try #require(transcript.utterances.first)
        #expect(first.speaker == pin.first.speaker)
        #expect(first.start.map { abs($0 - (pin.first.start ?? -1)) < 0.001 } ?? (pin.first.start == nil))
        if let end = pin.first.end { #expect(first.end.map { abs($0 - end) < 0.001 } == true) }
        #expect(first.text.hasPrefix(pin.first.text), "\(first.text)")
    }

    @Test func mergeGapIsAnOption() throws {
        let url = TranscriptFixtures.meeting("turnchunk_renewal-call.vtt")
        #expect(try TranscriptImporter(mergeGap: -1).read(url).utterances.count == 12)
        #expect(try TranscriptImporter(mergeGap: 2).read(url).utterances.count == 9)
    }

    @Test func renamesAndMergesSpeakers() throws {
        let url = TranscriptFixtures.meeting("turnchunk_renewal-call.vtt")
        let importer = TranscriptImporter(renames: ["Marcus Bell": "Priya Raman", "Dana Okafor": "Dana"])
        let transcript = try importer.read(url)
        #expect(transcript.speakers == ["Priya Raman", "Dana"])
        // Priya's and Marcus's cues now run together as one speaker's turn.
        #expect(transcript.utterances.count < 9)
    }

    @Test func formatIsDetectedByContentAsWellAsExtension() {
        func detect(_ text: String, _ ext: String) -> TranscriptFormat {
            TranscriptImporter.detect(Array(text.utf8), pathExtension: ext)
        }
        #expect(detect("WEBVTT\n\n00:01.000 --> 00:02.000\nhi", "txt") == .webVTT)
        #expect(detect("1\n00:00:01,000 --> 00:00:02,000\nhi", "txt") == .srt)
        #expect(detect("{\"type\":\"header\",\"id\":\"x\"}\n", "json") == .session)
        #expect(detect("{\"segments\":[]}", "txt") == .speechToText)
        #expect(detect("[{\"start\":1}]", "") == .speechToText)
        #expect(detect("[00:00:01] Alice: hi", "") == .plainText)
        #expect(detect("hello", "vtt") == .webVTT)
    }
}
