import Testing

@testable import SpinCoachKit

@Suite struct SRTParserTests {
    @Test func cuesWithAndWithoutSpeakers() throws {
        let text =
            "1\r\n00:00:01,000 --> 00:00:03,500\r\nAlice: <i>The</i> contract\r\nrenews.\r\n\r\n2\r\n00:00:04.000 --> 00:00:05,000 X1:10\r\n{\\an8}Fine.\r\n"
        let cues = try SRTParser.parse(text).get()
        #expect(cues.map(\.speaker) == ["Alice", nil])
        #expect(cues[0].text == "The contract renews.")
        #expect(cues[0].start == 1 && cues[0].end == 3.5 && cues[0].line == 2)
        #expect(cues[1].text == "Fine." && cues[1].start == 4)
    }

    @Test func badTimingNamesLineAndColumn() {
        let text = "1\n00:00:01,000 --> 00:00:xx,500\nHi\n"
        guard case .failure(let failure) = SRTParser.parse(text) else {
            Issue.record("parsed a bad timing")
            return
        }
        #expect(failure.line == 2 && failure.column == 18)
        #expect(failure.message.contains("'00:00:xx,500' is not a time"))
    }

    @Test func aBlockWithoutTimingIsAnError() {
        guard case .failure(let failure) = SRTParser.parse("1\n00:00:01,000 --> 00:00:02,000\nHi\n\nhello there\n")
        else {
            Issue.record("parsed a block without timing")
            return
        }
        #expect(failure.line == 5)
    }
}
