import Testing

@testable import SpinCoachKit

@Suite struct PersonaDecoderTests {
    static let valid = """
        id: maria-keller
        language: en
        name: Maria Keller
        title: Plant Manager
        company: Keller Parts
        industry: manufacturing
        disc:
          primary: D
          secondary: C
        role: economic
        stance: neutral
        mode: trouble
        patience: 5
        scripts: [plant-downtime]
        opening: You have twenty minutes.
        facts:
          - id: lines
            cues: [lines, shifts]
            say: Three lines, two shifts.
        problems:
          - id: downtime
            cues: [downtime, stop]
            admit: Line two stops too often.
            implications:
              - cues: [orders, late]
                say: Every stop pushes a shipment.
              - cues: [overtime]
                say: We pay overtime to catch up.
            need: I need to see a stop coming.
            benefit: I could drop the Saturday shift.
        interests:
          wins: [a clean delivery record]
          fears: [losing the biggest customer]
        objections:
          - when: pitch
            say: Everyone says their sensors are best.
        deflections:
          - Not where my head is.
          - Next question.
        closing:
          advance: Fine, {step} for a month.
          continuation: Send me something.
          no-sale: I don't see it.
          walk-out: We're done.

        """

    func decode(_ text: String, scripts: [String: ContentLanguage]? = nil) -> (Persona?, [Diagnostic]) {
        PersonaDecoder(file: "p.yaml", expectedLanguage: .english, knownScripts: scripts).decode(text)
    }

    func messages(_ text: String, scripts: [String: ContentLanguage]? = nil) -> [String] {
        decode(text, scripts: scripts).1.map { "\($0.position) \($0.message)" }
    }

    @Test func decodesAValidPersona() throws {
        let (persona, diagnostics) = decode(Self.valid, scripts: ["plant-downtime": .english])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let decoded = try #require(persona)
        #expect(decoded.disc == DISCProfile(primary: .dominance, secondary: .conscientiousness))
        #expect(decoded.role == .economic)
        #expect(decoded.mode == .trouble)
        #expect(decoded.problems[0].implications.count == 2)
        #expect(decoded.closing.noSale == "I don't see it.")
        #expect(decoded.objections(for: .pitch) == ["Everyone says their sensors are best."])
        #expect(decoded.origin.line == 1 && decoded.origin.column == 5)
    }

    @Test func yamlWordsLikeNoStayText() throws {
        let text = Self.valid.replacingOccurrences(of: "  - Next question.", with: "  - no")
        let persona = try #require(decode(text).0)
        #expect(persona.deflections.last == "no")
    }

    @Test func namesKeyPathLineAndColumnOfATooShortList() {
        let marked = MarkedText(
            Self.valid.replacingOccurrences(
                of: """
                    implications:
                          - cues: [orders, late]
                            say: Every stop pushes a shipment.
                          - cues: [overtime]
                            say: We pay overtime to catch up.
                    """,
                with: """
                    implications:
                          ①- cues: [orders, late]
                            say: Every stop pushes a shipment.
                    """))
        #expect(
            messages(marked.text) == [
                "\(marked.position(1)) problems[0].implications: needs at least 2 entries, found 1"
            ])
    }

    @Test func reportsMissingFieldsAtTheirMapping() {
        let marked = MarkedText(
            Self.valid
                .replacingOccurrences(of: "  - id: downtime", with: "  - ①id: downtime")
                .replacingOccurrences(of: "    need: I need to see a stop coming.\n", with: ""))
        #expect(messages(marked.text) == ["\(marked.position(1)) problems[0].need: missing required field"])
    }

    @Test func reportsUnknownValuesAndKeys() {
        let marked = MarkedText(
            Self.valid
                .replacingOccurrences(of: "  primary: D", with: "  primary: ①X")
                .replacingOccurrences(of: "role: economic", with: "role: ②boss")
                .replacingOccurrences(of: "patience: 5", with: "patience: ③11")
                .replacingOccurrences(of: "opening: You", with: "④openning: x\nopening: You")
                .replacingOccurrences(of: "  - when: pitch", with: "  - when: ⑤sales-pitch"))
        #expect(
            messages(marked.text) == [
                "\(marked.position(1)) disc.primary: unknown value 'X'; expected one of D, I, S, C",
                "\(marked.position(2)) role: unknown value 'boss'; expected one of economic, technical, user, coach",
                "\(marked.position(3)) patience: expected a whole number from 1 to 10, found '11'",
                "\(marked.position(4)) openning: unknown key; expected one of "
                    + PersonaDecoder.topLevelKeys.joined(separator: ", "),
                "\(marked.position(5)) objections[0].when: unknown value 'sales-pitch'; expected one of pitch, "
                    + "need-payoff, pressure, price, commitment",
            ])
    }

    @Test func reportsWrongTypesLanguageAndDanglingScripts() {
        let marked = MarkedText(
            Self.valid
                .replacingOccurrences(of: "language: en", with: "language: ①zh")
                .replacingOccurrences(of: "scripts: [plant-downtime]", with: "scripts: [②nowhere]")
                .replacingOccurrences(of: "name: Maria Keller", with: "name: ③[Maria, Keller]"))
        #expect(
            messages(marked.text, scripts: ["plant-downtime": .english]) == [
                "\(marked.position(1)) language: 'zh' does not match the folder 'en'",
                "\(marked.position(3)) name: expected text, found a list",
                "\(marked.position(2)) scripts[0]: no script has the id 'nowhere'",
            ])
    }

    @Test func reportsDuplicateIDs() {
        let marked = MarkedText(
            Self.valid.replacingOccurrences(
                of: "    say: Three lines, two shifts.\n",
                with: "    say: Three lines, two shifts.\n  - id: ①lines\n    cues: [staff]\n    say: Forty people.\n"))
        #expect(
            messages(marked.text) == ["\(marked.position(1)) facts[1].id: duplicate id 'lines' (first at facts[0])"])
    }

    @Test func reportsYAMLSyntaxErrorsWithPosition() {
        let (persona, diagnostics) = decode("id: a\nname: [unclosed\nrole: x\n")
        #expect(persona == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].message.hasPrefix("YAML syntax error"))
        #expect(diagnostics[0].line == 3)
    }

    @Test func reportsAnEmptyFileAndANonMapping() {
        #expect(messages("") == ["1:1 file is empty; a persona needs the fields in Personas/README.md"])
        #expect(messages("- a\n- b\n") == ["1:1 expected a mapping of keys to values, found a list"])
    }
}

extension PersonaDecoderTests {
    @Test func aScriptInTheOtherLanguageIsRejected() {
        let marked = MarkedText(
            Self.valid.replacingOccurrences(of: "scripts: [plant-downtime]", with: "scripts: [①soe]"))
        #expect(
            messages(marked.text, scripts: ["soe": .chinese]) == [
                "\(marked.position(1)) scripts[0]: script 'soe' is in zh but the persona speaks en"
            ])
    }

    @Test func repeatedKeysAndUnreadableBytesArePinpointed() {
        let marked = MarkedText("id: a\nname: b\n①id: c\n")
        #expect(messages(marked.text) == ["\(marked.position(1)) id: key given twice"])
        let control = messages("id: a\nname: b\u{07}c\n")
        #expect(control.count == 1)
        #expect(control.first?.hasPrefix("2:") == true, "\(control)")
    }
}

extension PersonaDecoderTests {
    @Test func cuesWithNothingToMatchAreRejected() {
        let marked = MarkedText(
            Self.valid.replacingOccurrences(of: "cues: [lines, shifts]", with: "cues: [lines, ①\"???\"]"))
        #expect(
            messages(marked.text) == [
                "\(marked.position(1)) facts[0].cues[1]: '???' has no letters or characters to match"
            ])
    }

    @Test func aOneCharacterChineseCueIsRejected() {
        let marked = MarkedText(
            Self.valid.replacingOccurrences(of: "cues: [lines, shifts]", with: "cues: [lines, ①慢, 太慢]"))
        #expect(
            messages(marked.text) == [
                "\(marked.position(1)) facts[0].cues[1]: one-character Chinese cue '慢' also matches inside "
                    + "longer words; write it with its context"
            ])
    }

    /// `withhold` must be a list of lines; a single line or an empty item is named by its place.
    @Test func aWithholdThatIsNotAListOfLinesIsAnError() {
        let scalar = Self.valid.replacingOccurrences(
            of: "closing:\n", with: "withhold: Not before the committee meets.\nclosing:\n")
        let single = messages(scalar)
        #expect(single.count == 1 && single[0].contains("withhold"), "\(single)")
        let empty = Self.valid.replacingOccurrences(
            of: "closing:\n", with: "withhold:\n  - Not yet.\n  - \"\"\nclosing:\n")
        let blank = messages(empty)
        #expect(blank.count == 1 && blank[0].contains("withhold"), "\(blank)")
        let good = Self.valid.replacingOccurrences(
            of: "closing:\n", with: "withhold:\n  - Not before the committee meets.\nclosing:\n")
        #expect(messages(good).isEmpty)
        #expect(decode(good).0?.withhold == ["Not before the committee meets."])
    }
}
