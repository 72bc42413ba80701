import Testing

@testable import SpinCoachKit

@Suite struct TextTableTests {
    static let people = TextTable(
        headers: ["ID", "LANG", "WHO"],
        rows: [
            ["kwame-asante", "en", "Kwame Asante, Plant Manager at a corrugated packaging plant"],
            ["han-zhendong", "zh", "韩振东，副总经理（分管生产），北江钢铁集团有限公司"],
        ])

    func lines(_ table: TextTable, _ width: Int) -> [String] {
        TextLayout.table(table, width: width).split(separator: "\n").map(String.init)
    }

    @Test func aTableThatFitsIsLeftAsItIs() {
        #expect(
            lines(Self.people, 100) == [
                "ID            LANG  WHO",
                "kwame-asante  en    Kwame Asante, Plant Manager at a corrugated packaging plant",
                "han-zhendong  zh    韩振东，副总经理（分管生产），北江钢铁集团有限公司",
            ])
    }

    @Test func theWidestColumnShrinksAndWrapsInsideItsCells() {
        #expect(
            lines(Self.people, 60) == [
                "ID            LANG  WHO",
                "kwame-asante  en    Kwame Asante, Plant Manager at a",
                "                    corrugated packaging plant",
                "han-zhendong  zh    韩振东，副总经理（分管生产），北江钢铁集",
                "                    团有限公司",
            ])
        let narrow = lines(Self.people, 40)
        #expect(narrow[1] == "kwame-asante  en    Kwame Asante, Plant")
        #expect(narrow.allSatisfy { TerminalText.width($0) <= 40 })
    }

    @Test func widestFirstMeansTheOtherColumnsKeepTheirWidth() {
        let table = TextTable(rows: [["short", String(repeating: "word ", count: 12), "tail words here"]])
        let laidOut = lines(table, 40)
        // Only the 59-column middle cell gave way, to 40 - 5 - 15 - 2 × 2 = 16 columns.
        #expect(laidOut[0] == "short  word word word    tail words here")
        #expect(laidOut[1] == "       word word word")
        #expect(laidOut.allSatisfy { TerminalText.width($0) <= 40 })
    }

    @Test func aTableTooWideForWholeWordsBecomesOneBlockPerRow() {
        #expect(
            lines(Self.people, 21) == [
                "ID: kwame-asante", "LANG: en", "WHO: Kwame Asante,", "  Plant Manager at a", "  corrugated",
                "  packaging plant", "ID: han-zhendong", "LANG: zh", "WHO: 韩振东，副总经理", "  （分管生产），北江",
                "  钢铁集团有限公司",
            ])
        #expect(TextLayout.table(Self.people, width: 21).contains("\n\nID: han-zhendong"))
    }

    @Test func labelValuePairsIndentAndAlignWithChineseLabels() {
        let fields = TextTable(rows: [["职务", "副总经理"], ["DISC", "D 支配型"]], indent: 2)
        #expect(lines(fields, 40) == ["  职务  副总经理", "  DISC  D 支配型"])
    }

    @Test func cellsWithLineBreaksKeepTheColumnsAligned() {
        let table = TextTable(headers: ["A", "B"], rows: [["one\ntwo", "x"]])
        #expect(lines(table, 40) == ["A    B", "one  x", "two"])
    }
}
