import Testing

@testable import SpinCoachKit

@Suite struct TextLayoutTests {
    static let english =
        "Ask what the downtime costs before you pitch: a plant that lifted OEE from 61% to 74% in a quarter did "
        + "it by fixing the bearings first."
    static let chinese = "非计划停机要是减少一半，对您全年的任务意味着什么？我们在热轧主电机上装了几个测点（试运行一个月），OEE 从 61% 提高到 74%。"

    func lines(_ text: String, _ width: Int, indent: Int = 0, hanging: Int? = nil) -> [String] {
        TextLayout.wrap(text, width: width, indent: indent, hanging: hanging).split(separator: "\n").map(String.init)
    }

    @Test func englishWrapsAtSpacesWithAHangingIndent() {
        #expect(
            lines(Self.english, 40, indent: 2, hanging: 4) == [
                "  Ask what the downtime costs before you",
                "    pitch: a plant that lifted OEE from",
                "    61% to 74% in a quarter did it by",
                "    fixing the bearings first.",
            ])
        #expect(
            lines(Self.english, 60, indent: 2, hanging: 4) == [
                "  Ask what the downtime costs before you pitch: a plant that",
                "    lifted OEE from 61% to 74% in a quarter did it by fixing",
                "    the bearings first.",
            ])
        #expect(lines(Self.english, 100).count == 2)
        #expect(lines(Self.english, 140) == [Self.english])
    }

    @Test func chineseWrapsBetweenCharactersKeepingNumbersAndPunctuationInPlace() {
        // 40 columns hold 20 characters; "74%。" stays together rather than leave "。" to start a line.
        #expect(
            lines(Self.chinese, 40) == [
                "非计划停机要是减少一半，对您全年的任务意", "味着什么？我们在热轧主电机上装了几个测点", "（试运行一个月），OEE 从 61% 提高到", "74%。",
            ])
        #expect(
            lines(Self.chinese, 60) == [
                "非计划停机要是减少一半，对您全年的任务意味着什么？我们在热轧", "主电机上装了几个测点（试运行一个月），OEE 从 61% 提高到", "74%。",
            ])
        #expect(
            lines(Self.chinese, 100) == [
                "非计划停机要是减少一半，对您全年的任务意味着什么？我们在热轧主电机上装了几个测点（试运行一个月），", "OEE 从 61% 提高到 74%。",
            ])
    }

    @Test func closingPunctuationNeverStartsALineNorOpeningEndsOne() {
        // Nine characters fit; "，" may not start the next line, so "九" goes down with it.
        #expect(lines("一二三四五六七八九，十", 18) == ["一二三四五六七八", "九，十"])
        // "「" fits at the end of the first line but may not end it.
        #expect(lines("一二三四五六七八「九」", 18) == ["一二三四五六七八", "「九」"])
        #expect(lines("他说：“好的。”然后走了", 10) == ["他说：“好", "的。”然后", "走了"])
    }

    @Test func latinWordsAndNumbersStayWholeInsideChinese() {
        #expect(lines("我们的 OEE 从61%提高到74%", 10) == ["我们的 OEE", "从61%提高", "到74%"])
        #expect(lines("用 need-payoff 问题", 12) == ["用", "need-payoff", "问题"])
    }

    @Test func aDashBetweenTwoCharactersHoldsThem() {
        let laidOut = lines("需求-效益问题", 5)
        #expect(laidOut == ["需", "求-效", "益问", "题"])
    }

    @Test func aWordLongerThanTheLineIsCutAfterAHyphen() {
        #expect(lines("see 20250314-091502-3fa9c2d1 now", 20) == ["see", "20250314-091502-", "3fa9c2d1 now"])
        #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(lines("停机停机", 3) == ["停", "机", "停", "机"])
    }

    @Test func paragraphsBlankLinesAndLeadingSpacesAreKept() {
        #expect(
            TextLayout.wrap("  indented line\n\nnext", width: 10, hanging: 4) == "  indented\n    line\n\n    next")
        #expect(TextLayout.wrap("", width: 10) == "")
        #expect(TextLayout.wrap("tab\there", width: 20) == "tab here")
    }

    @Test func controlCharactersAreMadeVisibleBeforeMeasuring() {
        #expect(TextLayout.wrap("red\u{1B}[31m alert", width: 40) == "red^[[31m alert")
    }

    @Test func listsHangUnderTheItemText() {
        let items = ["first item that is long enough to wrap somewhere"] + (2...10).map { "item \($0)" }
        let laidOut = TextLayout.list(items, width: 40, style: .numbered, indent: 2).split(separator: "\n")
        #expect(laidOut[0] == "   1. first item that is long enough to")
        #expect(laidOut[1] == "      wrap somewhere")
        #expect(laidOut.last == "  10. item 10")
        let bullets = TextLayout.list(["开门见山，准备充分，一句话说清来意。"], width: 20, style: .bullet("+"), indent: 2)
        #expect(bullets == "  + 开门见山，准备充\n    分，一句话说清来\n    意。")
    }
}
