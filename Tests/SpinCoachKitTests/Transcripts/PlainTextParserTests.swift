import Testing

@testable import SpinCoachKit

@Suite struct PlainTextParserTests {
    func parse(_ text: String) -> [(String?, String, Double?)] {
        PlainTextParser.parse(text).map { ($0.speaker, $0.text, $0.start) }
    }

    @Test func speakerLinesWithContinuations() {
        let turns = parse("Alice: We run two lines.\nthat stop a lot\n\nBob：好的，我们需要更少的停机。\n")
        #expect(turns.map(\.0) == ["Alice", "Bob"])
        #expect(turns[0].1 == "We run two lines. that stop a lot")
        #expect(turns[1].1 == "好的，我们需要更少的停机。")
    }

    @Test func otterHeaders() {
        let turns = parse(
            "Alice Chen  0:01\nRight, let's start.\n\nBob Ferreira  1:09:05\nTwelve?\n\nTranscribed by https://otter.ai\n"
        )
        #expect(turns.map(\.0) == ["Alice Chen", "Bob Ferreira"])
        #expect(turns.map(\.2) == [1, 4145])
    }

    @Test func zoomRevTeamsAndMeetHeaders() {
        #expect(parse("[Johnny Doe] 11:02:09\nHow you doing?").map(\.0) == ["Johnny Doe"])
        let rev = parse("Lenny (00:00:26):\nWelcome.\n\n(00:01:28):\nStill me.\n\nPete Kazanjy (00:02:00):\nThanks.")
        #expect(rev.map(\.0) == ["Lenny", "Lenny", "Pete Kazanjy"])
        #expect(rev.map(\.2) == [26, 88, 120])
        let teams = parse(
            "Dana Okafor   3 minutes 12 seconds\nWe need fewer stops.\nSam Lee   1 hour 0 minutes 2 seconds\nWhy?")
        #expect(teams.map(\.0) == ["Dana Okafor", "Sam Lee"])
        #expect(teams.map(\.2) == [192, 3602])
        let meet = parse("Weekly sync - Transcript\n00:00:30\nAnn: Hi.\nBo: Hello.\n00:01:00\nAnn: Go on.")
        #expect(meet.map(\.0) == [nil, "Ann", "Bo", "Ann"])
        #expect(meet.dropFirst().map(\.2) == [30, 30, 60])
    }

    @Test func timedLinesAndChatExports() {
        let bracketed = parse("[00:00:01] Alice: The contract renews.\n(00:04) Bob: Only if.")
        #expect(bracketed.map(\.0) == ["Alice", "Bob"] && bracketed.map(\.2) == [1, 4])
        let chat = parse("00:05:16\tRyan Sloan:\tLet's stay muted\n00:11:15\tRyan Sloan:\tGreat point!")
        #expect(chat.map(\.1) == ["Let's stay muted", "Great point!"])
    }

    @Test func frontMatterAndHeadingsAreSkipped() {
        let turns = parse("---\ntitle: x\n---\n# Title\n## Transcript\nAnn: Hi.")
        #expect(turns.map(\.0) == ["Ann"])
    }

    @Test func proseHasNoSpeakers() {
        let turns = parse("We talked about the renewal.\nIt went well, mostly.\n")
        #expect(turns.count == 1 && turns[0].0 == nil)
    }
}
