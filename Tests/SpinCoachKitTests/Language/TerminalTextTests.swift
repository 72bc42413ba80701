import Testing

@testable import SpinCoachKit

@Suite struct TerminalTextTests {
    @Test func controlCharactersBecomeVisible() {
        #expect(TerminalText.sanitized("red\u{1B}[31m bell\u{07}") == "red^[[31m bell^G")
        #expect(TerminalText.sanitized("tab\tand\nnewline") == "tab\tand\nnewline")
        #expect(TerminalText.sanitized("c1\u{9B}x") == "c1\u{FFFD}x")
        #expect(TerminalText.sanitized("rep\u{202E}olleh") == "rep\u{FFFD}olleh")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("停机") == 4)
        #expect(TerminalText.width("？") == 2)
        #expect(TerminalText.padded("停机", to: 6) == "停机  ")
    }

    @Test func wrappingBreaksEnglishAtSpacesAndChineseAnywhere() {
        #expect(TerminalText.wrapped("one two three four", columns: 9) == ["one two", "three", "four"])
        #expect(TerminalText.wrapped("一二三四五六", columns: 5) == ["一二", "三四", "五六"])
    }

    @Test func tablesStayAlignedWithChineseCells() {
        let table = TextTable(headers: ["ID", "NAME"], rows: [["a", "韩振东"], ["long-id", "Kwame"]]).render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(
            lines.map { TerminalText.width(String($0.prefix { $0 != "韩" && $0 != "K" && $0 != "N" })) }.allSatisfy {
                $0 == 9
            })
    }
}
