import Foundation
import Testing

@testable import SpinCoachKit

/// The glossary governs every Chinese label: the code's Chinese strings and the Chinese
/// interface use its terms, never a word it replaces or another name for one of its terms.
@Suite struct TermsTests {
    static let glossary = Bundled.library.glossaries[.chinese]!
    static let sources = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Sources")

    /// Files whose Chinese literals are words to match in what reps type, not interface text.
    static let matchingData = [
        "WordForms.swift", "NeedMatcher.swift", "BuyerTurn.swift", "SpeakerName.swift", "BuyerCues.swift",
        "RepIdentification.swift", "DISCAnswer.swift",
    ]

    /// The Chinese string literals of the interface's code.
    static let literals: [(place: String, text: String)] = SwiftStringLiterals.inFiles(under: sources)
        .filter { item in
            !matchingData.contains(URL(filePath: item.file).lastPathComponent)
                && item.literal.text.contains(where: ChineseTypography.isHan)
        }
        .map { ("\(URL(filePath: $0.file).lastPathComponent):\($0.literal.line)", $0.literal.text) }

    /// Ways of naming a glossary kind: any match must lie inside one of the glossary's own terms.
    static let labelPatterns = [
        "[DISC] ?[\\x{4e00}-\\x{9fff}]{0,2}型", "(支配|影响|稳健|谨慎|严谨|沉稳|服从)型",
        "(背景|情况|状况|难点|难题|暗示|影响|内涵|效益|回报|示意)问题", "(拥护|支持|中立|反对|对立|敌对)(者|方)", "死敌",
        "决策人", "教练[/（]",
        // The old tip prefix; 教练 inside a sentence is the buying role.
        "^教练：",
    ]

    static var allTerms: [String] {
        GlossarySection.allCases.filter { $0 != .avoid && $0 != .typography }.flatMap { section in
            glossary.entries(in: section).map(\.entry.term)
        }
    }

    /// Label-like words in `text` that no glossary term covers, and avoided words.
    static func strayLabels(in text: String) -> [String] {
        var stray = glossary.entries(in: .avoid).map(\.name).filter(text.contains)
        let covered = allTerms.flatMap { term in text.ranges(of: term) }
        for pattern in labelPatterns {
            for match in text.ranges(of: try! Regex(pattern))
            where !covered.contains(where: { $0.lowerBound <= match.lowerBound && match.upperBound <= $0.upperBound }) {
                stray.append(String(text[match]))
            }
        }
        return stray
    }

    @Test func theCheckCatchesTheOldTerms() {
        for old in ["C型（谨慎型）", "立场：死敌", "立场：教练/拥护者", "教练：先问问题", "D 支配型", "影响问题", "成绩单"] {
            #expect(!Self.strayLabels(in: old).isEmpty, "\(old)")
        }
        for good in ["C型（严谨型）", "立场：对手拥护者", "需求-效益问题", "提示：先问暗示问题", "I型（影响型）"] {
            #expect(Self.strayLabels(in: good).isEmpty, "\(good): \(Self.strayLabels(in: good))")
        }
    }

    @Test func theCodesChineseStringsUseOnlyGlossaryLabels() {
        #expect(Self.literals.count > 100)
        for (place, text) in Self.literals {
            let stray = Self.strayLabels(in: text)
            #expect(stray.isEmpty, "\(place): \(stray) in “\(text)”")
        }
    }

    @Test func theChineseInterfaceShowsOnlyGlossaryLabels() {
        for (name, text) in ChineseInterface.screens {
            let stray = Self.strayLabels(in: text)
            #expect(stray.isEmpty, "\(name): \(stray)\n\(text)")
        }
    }

    /// The words before a colon that opens a line, and a table's first column, are field names.
    @Test func everyFieldNameOnTheChineseScreensIsAGlossaryTerm() {
        let terms = Set(Self.allTerms)
        for (name, text) in ChineseInterface.screens where name.hasPrefix("card") || name.hasPrefix("brief") {
            for line in text.split(separator: "\n") where !["  -", "  ·", "  +"].contains(where: line.hasPrefix) {
                let trimmed = line.drop { $0 == " " || $0 == "+" }
                let field =
                    trimmed.firstRange(of: "  ").map { trimmed[..<$0.lowerBound] }
                    ?? trimmed.firstIndex(of: "：").map { trimmed[..<$0] }
                guard let field, !field.contains("，"), !field.isEmpty, field.allSatisfy({ !$0.isASCII }) else {
                    continue
                }
                let bare = field.split(separator: "（").first.map(String.init) ?? String(field)
                #expect(terms.contains(bare), "\(name): '\(bare)' in “\(line)”")
            }
        }
    }

    /// A consequence on a persona card is 影响; 暗示 names only the question type.
    @Test func anImplicationItemIsNamedAsTheGlossarySays() throws {
        let item = try #require(Self.glossary.entry(.spin(.implicationItem))).term
        for (name, text) in ChineseInterface.screens where name.hasPrefix("card") {
            let steps = text.split(separator: "\n").filter { $0.hasPrefix("      ") }.map { $0.drop { $0 == " " } }
            #expect(steps.contains { $0.hasPrefix(item + "（") }, "\(name)")
            #expect(!text.replacing("暗示问题", with: "").contains("暗示"), "\(name)")
        }
    }

    /// The Chinese side comes from the glossary given, not from the code.
    @Test func anotherGlossarysTermsAreWhatTheInterfaceShows() throws {
        let file = try #require(Self.glossary.file)
        let bundled = try String(contentsOf: URL(filePath: file), encoding: .utf8)
        let edited = bundled.replacing("blocker = 对手拥护者", with: "blocker = 竞争对手的铁杆")
            .replacing("tip-prefix = 提示：", with: "tip-prefix = 小贴士：")
        let glossary = Glossary(parsing: edited, file: "edited.glossary")
        #expect(glossary.diagnostics.isEmpty, "\(glossary.diagnostics)")
        let terms = Terms(language: .chinese, glossary: glossary)
        #expect(terms.name(of: Stance.blocker) == "竞争对手的铁杆")
        #expect(terms.term("coach: ", .coach(.tipPrefix)) == "小贴士：")
        var persona = try #require(ChineseInterface.personas.first)
        persona.stance = .blocker
        #expect(PersonaCard(persona: persona, terms: terms).render(width: 100).contains(try Regex("立场 +竞争对手的铁杆")))
        #expect(Terms.english.name(of: Stance.blocker) == "blocker")
    }
}
