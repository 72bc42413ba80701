import Testing

@testable import SpinCoachKit

@Suite struct CueBookTests {
    @Test func parsesSectionsAndFindsHits() {
        var book = CueBook(language: .english)
        let problems = book.add(
            parsing: "# cues\n[implication]\naffect*|lead to\n[question-form]\n^tell me\n", file: "en.cues")
        #expect(problems.isEmpty)
        #expect(book.cues.count == 3)
        let hits = book.hits(in: Tokenizer.tokens("Tell me how that affects the team and what it leads to"))
        #expect(hits.map(\.pattern.source) == ["affect*", "^tell me"])
        #expect(hits.map(\.group) == [.label(.implication), .questionForm])
    }

    @Test func reportsProblemsWithLineAndColumn() {
        var book = CueBook(language: .english)
        let marked = MarkedText("①orphan\n[implication]\n  ②* lead\n[③implications]\nskipped\n④[problem\n")
        let messages = book.add(parsing: marked.text, file: "en.cues").map { "\($0.position) \($0.message)" }
        #expect(
            messages == [
                "\(marked.position(1)) cue comes before any [section]",
                "\(marked.position(2)) a cue cannot start or end with '*'",
                "\(marked.position(3)) unknown section '[implications]'; expected one of situation, problem, "
                    + "implication, need-payoff, question, rapport, feature, advantage, benefit, commitment, "
                    + "statement, question-form, question-word, price",
                "\(marked.position(4)) section header is missing its closing ']'",
            ])
    }
}

extension CueBookTests {
    @Test func aOneLetterWordStartCueMatchesLongerWords() {
        var book = CueBook(language: .english)
        book.add(parsing: "[commitment]\nz*\n", file: "en.cues")
        #expect(book.hits(in: Tokenizer.tokens("zoo")).count == 1)
        #expect(book.hits(in: Tokenizer.tokens("z")).count == 1)
        #expect(book.hits(in: Tokenizer.tokens("a zebra")).count == 1)
    }
}

extension CueBookTests {
    @Test func aOneCharacterChineseCueNeedsAnEdgeOrItsContext() {
        var book = CueBook(language: .chinese)
        let marked = MarkedText("[problem]\n太慢|①慢\n[question-form]\n吗$|^谁|几 个/家| ②几/哪\n")
        let messages = book.add(parsing: marked.text, file: "zh.cues").map { "\($0.position) \($0.message)" }
        #expect(
            messages == [
                "\(marked.position(1)) one-character Chinese cue '慢' also matches inside longer words; "
                    + "tie it to the start or end of the line (^慢, 慢$) or write it with its context",
                "\(marked.position(2)) one-character Chinese cue '几' also matches inside longer words; "
                    + "tie it to the start or end of the line (^几, 几$) or write it with its context",
            ])
        #expect(book.cues.map(\.pattern.source) == ["太慢", "吗$", "^谁", "几 个/家"])
        #expect(book.hits(in: Tokenizer.tokens("会不会慢慢不当回事？")).isEmpty)
        #expect(book.hits(in: Tokenizer.tokens("几乎没有")).isEmpty)
        #expect(book.hits(in: Tokenizer.tokens("有几个人？")).map(\.pattern.source) == ["几 个/家"])
    }

    @Test func questionWordsAreTheirOwnGroup() {
        var book = CueBook(language: .chinese)
        #expect(book.add(parsing: "[question-form]\n讲讲\n[question-word]\n多少\n", file: "zh.cues").isEmpty)
        #expect(book.hits(in: Tokenizer.tokens("讲讲有多少台")).map(\.group) == [.questionForm, .questionWord])
    }

    @Test func englishOneLetterCuesAreNotChineseCharacters() {
        var book = CueBook(language: .english)
        #expect(book.add(parsing: "[question-form]\ni\n", file: "en.cues").isEmpty)
    }
}
