import PropertyBased
import Testing

@testable import SpinCoachKit

/// What must hold for any text at any width: nothing too wide, nothing lost or
/// reordered, words whole, and the line-breaking rules of Chinese.
@Suite struct TextLayoutPropertyTests {
    /// English words and numbers, Chinese characters, the punctuation the rules are
    /// about, joiners and spaces, drawn at random to make mixed-language text.
    static let tokens = [
        "dashboard", "OEE", "61%", "need-payoff", "(best", "calls:", "a", "I", "don’t", "2025-03-14",
        "implication-and-need-payoff-questions-first", " ", " ", " ", "  ", "需", "求", "效", "益", "停", "机", "问",
        "题", "。", "，", "、", "：", "；", "！", "？", "）", "」", "』", "（", "「", "『", "“", "”", "DISC", "43%",
        "-", "—", "……",
    ]

    static let text = Gen<String?>.element(of: tokens).compactMap { $0 }.array(of: 0...80).map { $0.joined() }
    static let width = Gen.int(in: 2...120)

    static func nonSpace(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    @Test(arguments: [40, 60, 100])
    func noLineIsWiderThanTheWidth(width: Int) async {
        await propertyCheck(input: Self.text, Gen.int(in: 0...12), Gen.int(in: 0...12)) { text, indent, hanging in
            for line in TextLayout.wrap(text, width: width, indent: indent, hanging: hanging).split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= width, "\(line)")
            }
        }
    }

    @Test func noLineIsWiderAtAnyWidth() async {
        await propertyCheck(input: Self.text, Self.width) { text, width in
            for line in TextLayout.wrap(text, width: width).split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= width, "\(line)")
            }
        }
    }

    @Test func noTextIsLostOrReordered() async {
        await propertyCheck(input: Self.text, Self.width, Gen.int(in: 0...8)) { text, width, hanging in
            let laidOut = TextLayout.wrap(text, width: width, indent: 0, hanging: hanging)
            #expect(Self.nonSpace(laidOut) == Self.nonSpace(text))
        }
    }

    @Test func hardLineBreaksAreKept() async {
        await propertyCheck(input: Self.text.array(of: 1...4), Self.width) { paragraphs, width in
            let laidOut = TextLayout.wrap(paragraphs.joined(separator: "\n"), width: width)
            #expect(laidOut.split(separator: "\n", omittingEmptySubsequences: false).count >= paragraphs.count)
        }
    }

    /// Where every unbreakable piece fits a line, no line starts with closing or ends with
    /// opening punctuation, and every word or number is on one line.
    @Test(arguments: [40, 60, 100])
    func lineBreakingRulesHold(width: Int) async {
        await propertyCheck(input: Self.text) { text in
            let pieces = LineBreaker.pieces(Substring(text))
            guard pieces.allSatisfy({ $0.width <= width - 4 }) else { return }
            let lines = TextLayout.wrap(text, width: width, indent: 0, hanging: 4).split(separator: "\n")
            for (number, line) in lines.enumerated() {
                let trimmed = line.drop { $0 == " " }
                if number > 0, let first = trimmed.first {
                    #expect(!LineBreaker.closing.contains(first), "line \(number) starts with \(first): \(lines)")
                }
                if number < lines.count - 1, let last = line.last {
                    #expect(!LineBreaker.opening.contains(last), "line \(number) ends with \(last): \(lines)")
                }
            }
            for word in text.split(whereSeparator: { $0 == " " || TerminalText.width(String($0)) == 2 }) {
                #expect(lines.contains { $0.contains(word) }, "\(word) was cut: \(lines)")
            }
        }
    }

    @Test func continuationLinesHang() async {
        await propertyCheck(input: Self.text, Gen.int(in: 30...100)) { text, width in
            let lines = TextLayout.wrap(text.replacing(" ", with: ""), width: width, indent: 2, hanging: 6)
                .split(separator: "\n")
            for (number, line) in lines.enumerated() {
                let spaces = line.prefix { $0 == " " }.count
                #expect(spaces == (number == 0 ? 2 : 6), "\(lines)")
            }
        }
    }

    static let cell = Gen<String?>.element(of: tokens).compactMap { $0 }.array(of: 0...12).map { $0.joined() }

    @Test func tablesFitAndKeepEveryCharacter() async {
        let rows = Self.cell.array(of: 3).array(of: 1...5)
        await propertyCheck(input: rows, Self.width, Gen.int(in: 0...4)) { rows, width, indent in
            let laidOut = TextLayout.table(TextTable(rows: rows, indent: indent), width: width)
            for line in laidOut.split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= width, "\(line)")
            }
            #expect(Self.nonSpace(laidOut).sorted() == Self.nonSpace(rows.flatMap { $0 }.joined()).sorted())
        }
    }

    @Test func listItemsHangUnderTheirText() async {
        await propertyCheck(input: Self.cell.array(of: 1...12), Gen.int(in: 20...100)) { items, width in
            let laidOut = TextLayout.list(items, width: width, style: .numbered, indent: 2)
            for line in laidOut.split(separator: "\n") {
                #expect(TerminalText.width(String(line)) <= width)
            }
            #expect(Self.nonSpace(laidOut) == Self.nonSpace(items.indices.map { "\($0 + 1)." + items[$0] }.joined()))
        }
    }
}
