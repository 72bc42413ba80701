import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct DrillPhrasesTests {
    static let items = DrillCatalog.items(from: Bundled.library, language: .chinese)

    static let marks: [DrillMark] = [
        DrillMark(verdict: .right, quality: 5, label: .implication, confidence: 1),
        DrillMark(verdict: .offTopic, quality: 3, label: .implication, confidence: 0.9),
        DrillMark(verdict: .near, quality: 2, label: .problem, confidence: 0.8),
        DrillMark(verdict: .wrong, quality: 1, label: .situation, confidence: 0.7),
        DrillMark(verdict: .notAQuestion, quality: 0, label: .feature, confidence: 0.6),
        .skipped,
    ]

    /// Half-width punctuation that Chinese sentences must not use (the glossary's typography).
    static let halfWidth = Set(",;:?!()\"")

    /// What the drill itself says, with the buyer's and the script's words taken out:
    /// those are content, checked with the content.
    func ownWords(_ text: String, item: DrillItem) -> String {
        [item.buyerLine, item.speaker, item.features ?? "", item.model ?? ""].reduce(text) {
            $1.isEmpty ? $0 : $0.replacing($1, with: "")
        }
    }

    @Test func chineseScreensUseFullWidthPunctuation() throws {
        let phrases = DrillPhrases(terms: Bundled.library.terms(for: .chinese))
        let kinds = [DrillSkill.spin, .disc, .fab].compactMap { skill in Self.items.first { $0.skill == skill } }
        let benefit = try #require(Self.items.first { if case .benefit = $0.task { true } else { false } })
        for item in kinds + [benefit] {
            var texts = phrases.prompt(item) + [phrases.roundHeading(1, of: 5, skill: item.skill)]
            texts += Self.marks.map { phrases.feedback($0, for: item) }
            texts += [phrases.model(item) ?? ""]
            for text in texts {
                let own = ownWords(text, item: item)
                #expect(own.allSatisfy { !Self.halfWidth.contains($0) }, "\(own)")
            }
        }
        for text in [
            phrases.emptyAnswer, phrases.notAStyle, phrases.unknownCommand("/hint"),
            phrases.summary(right: 1, answered: 2, planned: 3, stopped: true),
        ] {
            #expect(text.allSatisfy { !Self.halfWidth.contains($0) }, "\(text)")
        }
    }

    @Test func nothingDueSaysWhenTheNextItemIs() {
        let next = Date(timeIntervalSince1970: 1_741_996_800)
        let calendar = SM2Tests.calendar
        #expect(
            DrillPhrases(terms: .english).nothingDue(next: next, calendar: calendar)
                == "Nothing is due; the next item comes due on 2025-03-15.")
        #expect(
            DrillPhrases(terms: Bundled.library.terms(for: .chinese)).nothingDue(next: next, calendar: calendar)
                == "现在没有到期的题；下一题到期日：2025-03-15。")
        #expect(DrillPhrases(terms: .english).nothingDue(next: nil, calendar: calendar).contains("spincoach check"))
    }

    @Test func feedbackNamesWhatWasWanted() throws {
        let phrases = DrillPhrases(terms: .english)
        let develop = DrillItem(
            id: "x", skill: .spin, language: .english, speaker: "B", buyerLine: "…",
            task: .question(.implication, topic: nil), model: "What does that cost?")
        #expect(phrases.feedback(Self.marks[0], for: develop) == "Right: it reads as an implication question (1.00).")
        #expect(
            phrases.feedback(Self.marks[2], for: develop)
                == "Close: it reads as a problem question (0.80); this wants an implication question.")
        #expect(
            phrases.feedback(Self.marks[1], for: develop)
                == "Right type, but not about what they said; it reads as an implication question (0.90).")
        #expect(phrases.feedback(.skipped, for: develop) == "Skipped: this wants an implication question.")
        #expect(phrases.model(develop) == "Model: What does that cost?")
    }

    @Test func progressLinesUpInChinese() {
        let progress = [
            SkillProgress(skill: .spin, answered: 12, score: 75, streak: 3, due: 2),
            SkillProgress(skill: .fab, answered: 0, score: nil, streak: 0, due: 0),
        ]
        let lines = DrillProgressReport.render(progress, terms: Bundled.library.terms(for: .chinese), width: 80).split(
            separator: "\n")
        #expect(lines.count == 3)
        let columns = lines.map { line in TerminalText.width(String(line.prefix { $0 != "1" && $0 != "0" })) }
        #expect(columns[1] == columns[2], "\(lines)")
        #expect(lines[1].contains("75%") && lines[2].contains("–"))
    }
}
