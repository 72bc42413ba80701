import Testing

@testable import SpinCoachKit

@Suite struct ScriptParserTests {
    static let header = """
        id: plant-downtime
        language: en
        title: Downtime
        industry: manufacturing

        """

    static let validBody = """
        [opening]
        opening.purpose: Is it all right if I ask a few questions first?
          hint: Ask permission.
        [situation]
        situation.lines: How many lines do you run?
        [problem]
        problem.downtime: How often does a line stop?
          after: situation.lines
        [implication]
        implication.orders: What happens to orders when it stops?
        [need-payoff]
        need-payoff.uptime: What would fewer stops be worth?
        [commitment]
        commitment.trial: Shall we run a trial on one line?

        """

    func parse(_ text: String, language: ContentLanguage? = .english) -> (Script?, [Diagnostic]) {
        ScriptParser(file: "s.spin", expectedLanguage: language).parse(text)
    }

    @Test func parsesAValidScript() throws {
        let (script, diagnostics) = parse(Self.header + "tags: a, b，c\n" + Self.validBody)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(script)
        #expect(parsed.id == "plant-downtime")
        #expect(parsed.tags == ["a", "b", "c"])
        #expect(parsed.questions.map(\.id).first == "opening.purpose")
        #expect(parsed.question(id: "opening.purpose")?.hint == "Ask permission.")
        #expect(parsed.question(id: "problem.downtime")?.after == ["situation.lines"])
        #expect(parsed.questions(in: .needPayoff).count == 1)
        #expect(parsed.origin == SourcePosition(file: "s.spin", line: 1, column: 5))
    }

    @Test func whitespaceCommentsAndFullWidthColonsAreHarmless() throws {
        let text = """
            # a comment
               id ：  plant-downtime\t
            language:en
              title: Downtime
            industry: manufacturing
            \u{3000}
            [opening]
                opening.purpose：  Hello there?
                    hint:   Be brief.
                    D: Quick question?

            """ + Self.validBody.split(separator: "\n").dropFirst(3).joined(separator: "\n")
        let (script, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let question = try #require(script?.question(id: "opening.purpose"))
        #expect(question.text == "Hello there?")
        #expect(question.hint == "Be brief.")
        #expect(question.text(for: .dominance) == "Quick question?")
        #expect(question.text(for: .steadiness) == "Hello there?")
    }

    @Test func pinsEveryDiagnosticToItsLineAndColumn() {
        let marked = MarkedText(
            """
            id: ①Bad_ID
            language: ②zh
            title: x
            industry: y
            ③colour: red
            [opening]
            opening.hi: Hello
              hint: hi
              ④X: foo
              after: ⑤opening.none,  opening.hi
            [⑥situaton]
            [situation]
            situation.a: a?
            [problem]
            ⑦situation.x: what?
            problem.a: what
            ⑧problem.a: again
            ⑨this line is wrong
              ⑩colour: red
            [implication]
            implication.a: so?
            [need-payoff]
            need-payoff.a: worth?
            ⑪[commitment]
            ⑫[situation]
            """)
        let (script, diagnostics) = parse(marked.text)
        #expect(script == nil)
        let found = diagnostics.map { "\($0.position) \($0.message)" }
        let expected = [
            "\(marked.position(1)) invalid script id 'Bad_ID': use lowercase letters, digits and '-'",
            "\(marked.position(2)) language 'zh' does not match the folder 'en'",
            "\(marked.position(3)) unknown header key 'colour'; expected one of id, language, title, industry, offer, tags",
            "\(marked.position(4)) unknown DISC letter 'X'; expected D, I, S or C",
            "\(marked.position(5)) 'after:' refers to 'opening.none', which is not a question in this script",
            "\(marked.position(6)) unknown section '[situaton]'; expected one of [opening], [situation], [problem], "
                + "[implication], [need-payoff], [commitment]",
            "\(marked.position(7)) question id 'situation.x' is in section [problem]; its first part must be 'problem'",
            "\(marked.position(8)) duplicate question id 'problem.a' (first at line 16)",
            "\(marked.position(9)) syntax error: expected 'key: value', a question 'id: text', a [section] or a # comment",
            "\(marked.position(10)) unknown property 'colour'; expected hint, after, probes, or a DISC letter (D, I, S, C)",
            "\(marked.position(11)) section [commitment] has no questions",
            "\(marked.position(12)) section [situation] appears twice (first at line 12)",
        ]
        #expect(found == expected)
    }

    @Test func reportsMissingHeaderKeysAndSections() {
        let (_, diagnostics) = parse("id: a\n[opening]\nopening.a: hi?\n")
        let messages = diagnostics.map { "\($0.position) \($0.message)" }
        #expect(
            messages == [
                "1:1 missing required header key 'language'",
                "1:1 missing required header key 'title'",
                "1:1 missing required header key 'industry'",
                "3:1 missing section [situation]",
                "3:1 missing section [problem]",
                "3:1 missing section [implication]",
                "3:1 missing section [need-payoff]",
                "3:1 missing section [commitment]",
            ])
    }

    @Test func rejectsPropertiesWithoutAQuestionAndMisplacedHeaders() {
        let marked = MarkedText(
            Self.header + """
                [opening]
                ①hint: orphan
                opening.a: hi?
                ②title: late
                ③problem.b: before its section?

                """ + Self.validBody.split(separator: "\n").dropFirst(3).joined(separator: "\n"))
        let (_, diagnostics) = parse(marked.text)
        let messages = diagnostics.map { "\($0.position) \($0.message)" }
        #expect(
            messages == [
                "\(marked.position(1)) 'hint:' must follow a question",
                "\(marked.position(2)) header key 'title' must come before the first section",
                "\(marked.position(3)) question id 'problem.b' is in section [opening]; its first part must be 'opening'",
            ])
    }

    @Test func rejectsMalformedQuestionIDsAndEmptyText() {
        let marked = MarkedText(
            Self.header + """
                [opening]
                ①opening.Bad: hi?
                opening.empty:②
                ③[opening
                """)
        let (_, diagnostics) = parse(marked.text)
        let messages = diagnostics.filter { !$0.message.hasPrefix("missing section") }
            .map { "\($0.position) \($0.message)" }
        #expect(
            messages == [
                "\(marked.position(1)) invalid question id 'opening.Bad': use dot-separated parts of lowercase letters, "
                    + "digits and '-'",
                "\(marked.position(2)) question 'opening.empty' has no text",
                "\(marked.position(3)) section header is missing its closing ']'",
            ])
    }

    @Test func columnsCountChineseCharactersAsOne() {
        let marked = MarkedText(
            """
            id: zh-script
            language: zh
            title: 设备
            industry: 制造
            [opening]
            opening.a: 您好，方便吗？
              ①提示：这不是合法的键
            """)
        let (_, diagnostics) = parse(marked.text, language: .chinese)
        let property = diagnostics.first { $0.message.hasPrefix("unknown property '提示'") }
        #expect(property?.position == marked.position(1))
    }
}
