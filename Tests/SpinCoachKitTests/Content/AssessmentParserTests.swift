import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct AssessmentParserTests {
    /// A valid file with `per` statements per style, the first of each reverse-keyed.
    static func validText(per: Int = 6, extra: String = "") -> String {
        var lines = ["[scale]", "1: no", "2: maybe", "3: yes", "[items]"]
        for number in 0..<per {
            for style in DISCStyle.allCases {
                lines.append("\(style.rawValue)\(number == 0 ? "-" : "+"): \(style.rawValue) statement \(number)")
            }
        }
        lines.append("[styles]")
        lines += DISCStyle.allCases.map { "\($0.rawValue): leaning to \($0.rawValue)" }
        lines.append("[selling]")
        for rep in DISCStyle.allCases {
            lines += DISCStyle.allCases.map { "\(rep.rawValue)>\($0.rawValue): \(rep.rawValue) to \($0.rawValue)" }
        }
        return lines.joined(separator: "\n") + "\n" + extra
    }

    static func parse(_ text: String, language: ContentLanguage = .english) -> (Assessment?, [Diagnostic]) {
        let result = AssessmentParser.parse(text, file: "x.assess", language: language)
        return (result.assessment, result.diagnostics)
    }

    @Test(arguments: ContentLanguage.allCases)
    func theBundledAssessmentsAreCompleteAndClean(language: ContentLanguage) throws {
        let assessment = try #require(try Bundled.library.loadAssessment(language: language))
        #expect(assessment.language == language)
        #expect(assessment.items.count >= 24)
        #expect(assessment.points == 5)
        for style in DISCStyle.allCases {
            let mine = assessment.items.filter { $0.style == style }
            #expect(mine.count == assessment.items.count / 4)
            #expect(mine.contains(where: \.isReversed) && mine.contains { !$0.isReversed })
            for buyer in DISCStyle.allCases { #expect(assessment.sellingAdvice(rep: style, buyer: buyer) != nil) }
        }
        #expect(assessment.styles.count == 4)
    }

    @Test func theChineseAssessmentUsesFullWidthPunctuation() throws {
        let assessment = try #require(try Bundled.library.loadAssessment(language: .chinese))
        let texts =
            assessment.scale + assessment.items.map(\.text) + Array(assessment.styles.values)
            + Array(assessment.selling.values)
        for text in texts {
            for ascii in [",", ":", ";", "(", ")", "?", "!", "\""] { #expect(!text.contains(ascii), "\(text)") }
        }
    }

    @Test func aValidFileParsesInFileOrderWithItsKeys() throws {
        let (assessment, diagnostics) = Self.parse(Self.validText())
        #expect(diagnostics.isEmpty)
        let parsed = try #require(assessment)
        #expect(parsed.scale == ["no", "maybe", "yes"])
        #expect(parsed.items.count == 24)
        #expect(parsed.items[0] == AssessmentItem(style: .dominance, isReversed: true, text: "D statement 0", line: 6))
        #expect(parsed.items[5].style == .influence && !parsed.items[5].isReversed)
        #expect(parsed.sellingAdvice(rep: .influence, buyer: .conscientiousness) == "I to C")
    }

    @Test func fullWidthColonsAndCommentsAreAccepted() throws {
        let text = "# 注释\n" + Self.validText().replacingOccurrences(of: ": ", with: "：")
        let (assessment, diagnostics) = Self.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(assessment?.styles[.steadiness] == "leaning to S")
    }

    @Test func eachLineProblemIsPinnedToItsLineAndColumn() {
        let marked = MarkedText(
            """
            ①stray: before any section
            [scale]
            1: no
            ②3: skipped a point
            2: maybe
            3: yes
            [items]
            ③X+: not a style
            D+:④
            ⑤this line has no colon
            D+: D statement 1
            D+: ⑥d statement 1
              ⑦[extras]
            whatever: under an unknown section
            [styles]
            ⑧Q: no such letter
            D: one
            ⑨D: again
            [selling]
            ⑩I>Q: no such buyer
            ⑪[scale]
            """)
        let (assessment, diagnostics) = Self.parse(marked.text)
        #expect(assessment == nil)
        let byLine = diagnostics.filter { $0.line > 1 || $0.column > 1 || $0.message.contains("stray") }
        let expected: [(Int, String)] = [
            (1, "'stray' comes before any [section]"),
            (2, "scale points are numbered 1, 2, 3… in order; expected 2, found '3'"),
            (3, "unknown statement key 'X+'; expected a DISC letter and + or - (D+, D-, I+, I-, S+, S-, C+, C-)"),
            (4, "'D+' has no text after the colon"),
            (5, "expected `key: text`, a [section] or a # comment"),
            (6, "this statement is already listed at line 11"),
            (7, "unknown section '[extras]'; expected one of [scale], [items], [styles], [selling]"),
            (8, "unknown DISC letter 'Q'; expected D, I, S or C"),
            (9, "style D is already given at line 17"),
            (10, "unknown pair 'I>Q'; expected the rep's DISC letter, '>' and the buyer's (I>C)"),
            (11, "section [scale] is given twice (first at line 2)"),
        ]
        for (marker, message) in expected {
            #expect(
                byLine.contains { $0.position == marked.position(marker) && $0.message == message },
                "\(marked.position(marker)): \(message)\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        }
        #expect(diagnostics.allSatisfy { $0.file == "x.assess" && $0.severity == .error })
    }

    @Test func wholeFileProblemsPointAtTheirSection() {
        var lines = ["[scale]", "1: no", "2: yes", "[items]"]
        lines += (0..<5).map { "D+: d\($0)" } + (0..<6).map { "I-: i\($0)" }
        lines += ["[styles]", "D: d"]
        lines += ["[selling]", "D>D: d"]
        let (assessment, diagnostics) = Self.parse(lines.joined(separator: "\n"))
        #expect(assessment == nil)
        let shown = Set(diagnostics.map { "\($0.line):\($0.column): \($0.message)" })
        let expected: Set<String> = [
            "1:1: the scale needs 3 to 9 points, found 2",
            "4:1: every style needs the same number of statements, so scores compare; found D 5, I 6, S 0, C 0",
            "4:1: D needs at least 6 statements, found 5",
            "4:1: S needs at least 6 statements, found 0",
            "4:1: C needs at least 6 statements, found 0",
            "4:1: D needs a reverse-keyed statement (D-)",
            "4:1: I needs a statement that counts toward it (I+)",
            "16:1: missing what leaning to each style means for: I, S, C",
            "18:1: missing advice for D>I, D>S, D>C, I>D, I>I, I>S, I>C, S>D, S>I, S>S, S>C, C>D, C>I, C>S, C>C",
        ]
        #expect(shown == expected, "\(shown.sorted())")
    }

    @Test func aMissingSectionIsReportedAtTheTop() {
        let text = Self.validText().components(separatedBy: "[selling]")[0]
        let (_, diagnostics) = Self.parse(text)
        #expect(diagnostics.map(\.description) == ["x.assess:1:1: error: missing section [selling]"])
    }

    @Test func theFingerprintFollowsTheStatementsAndTheirKeys() throws {
        let base = try #require(Self.parse(Self.validText()).0)
        let reworded = try #require(
            Self.parse(Self.validText().replacingOccurrences(of: "D statement 3", with: "D statement three")).0)
        let rekeyed = try #require(
            Self.parse(Self.validText().replacingOccurrences(of: "D+: D statement 2", with: "D-: D statement 2")).0)
        let restyled = try #require(
            Self.parse(Self.validText().replacingOccurrences(of: "leaning to D", with: "leaning to D, reworded")).0)
        #expect(base.fingerprint != reworded.fingerprint)
        #expect(base.fingerprint != rekeyed.fingerprint)
        #expect(base.fingerprint == restyled.fingerprint, "advice text does not change what the answers mean")
    }
}
