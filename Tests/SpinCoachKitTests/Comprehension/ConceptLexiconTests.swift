import Testing

@testable import SpinCoachKit

@Suite struct ConceptLexiconTests {
    @Test func englishTermsMatchOnWordFormsAndPhrases() {
        var lexicon = ConceptLexicon(language: .english)
        let problems = lexicon.add(parsing: "# comment\n\nbreakdown: go down, stoppage, outage\n", file: "en.lex")
        #expect(problems.isEmpty)
        let found = lexicon.concepts(in: Tokenizer.tokens("How often does the line go down? Any stoppages?"))
        #expect(found.map(\.concept) == ["breakdown"])
        #expect(found.first?.words == "go down")
        #expect(lexicon.concepts(in: Tokenizer.tokens("The breakdowns cost us.")).map(\.concept) == ["breakdown"])
        #expect(lexicon.concepts(in: Tokenizer.tokens("Go and sit down.")).isEmpty)
    }

    @Test func chineseTermsMatchAsCharacterRuns() {
        var lexicon = ConceptLexicon(language: .chinese)
        #expect(lexicon.add(parsing: "停机：停车、趴窝，故障\n", file: "zh.lex").isEmpty)
        let found = lexicon.concepts(in: Tokenizer.tokens("上个月设备趴窝了几次？"))
        #expect(found.map(\.concept) == ["停机"])
        #expect(found.first?.words == "趴窝")
    }

    @Test func mistakesArePinnedToLineAndColumn() {
        var lexicon = ConceptLexicon(language: .chinese)
        let text = "停机：停车、、故障\nno colon here\n：停车\n质量：返工、返工\n交期：慢\n"
        let problems = lexicon.add(parsing: text, file: "zh.lex")
        #expect(
            problems.map(\.description) == [
                "zh.lex:1:7: error: empty term (two commas in a row, or one at the end)",
                "zh.lex:2:1: error: expected `concept: term, term, …` (no colon on this line)",
                "zh.lex:3:1: error: the concept before the colon is empty",
                "zh.lex:4:7: error: '返工' is listed twice for '质量'",
                "zh.lex:5:4: error: '慢' is one Chinese character, which matches inside too many words; write a longer term",
            ])
    }

    @Test func theBundledLexiconsAreClean() {
        let library = Bundled.library
        #expect(library.diagnostics.filter { $0.file.hasSuffix(".lex") }.isEmpty)
        for language in ContentLanguage.allCases {
            #expect((library.lexicons[language]?.conceptCount ?? 0) >= 100, "\(language)")
        }
    }
}
