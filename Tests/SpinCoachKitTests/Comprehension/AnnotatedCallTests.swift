import Testing

@testable import SpinCoachKit

@Suite struct AnnotatedCallTests {
    @Test func aCallReadsItsHeaderAndTaggedLines() throws {
        let text = """
            # Written from the pre-call brief only.
            persona: fixture-en-d
            seed: 4
            none\tThanks for making time.
            problem:breakdowns\tAny unplanned stops lately?
            implication:breakdowns.2\tWhat does catching up cost?
            """
        let call = try AnnotatedCall(parsing: text, file: "a.call")
        #expect(call.persona == "fixture-en-d" && call.seed == 4)
        #expect(call.lines.map(\.about) == [nil, .problem("breakdowns"), .implication("breakdowns", 1)])
        #expect(call.lines.map(\.line) == [4, 5, 6])
        #expect(call.check(against: Fixture.persona("fixture-en-d")).isEmpty)
    }

    @Test func mistakesArePinned() {
        let text =
            "persona: fixture-en-d\n?\tNot tagged yet?\nfeeling:x\tHow do you feel?\nno tab here\nnone\t\nseed: soon\n"
        #expect(throws: ContentError.self) { try AnnotatedCall(parsing: text, file: "b.call") }
        do {
            _ = try AnnotatedCall(parsing: text, file: "b.call")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "b.call:2:1: error: not annotated yet: replace `?` with fact:ID, problem:ID, implication:ID.N, need:ID or none",
                    "b.call:3:1: error: unknown tag 'feeling:x': expected fact:ID, problem:ID, implication:ID.N (from 1), need:ID or none",
                    "b.call:4:1: error: expected `TAG<TAB>line`, `persona: ID` or `seed: N`",
                    "b.call:5:6: error: the rep's line after the tab is empty",
                    "b.call:6:7: error: seed must be a whole number 0 or more, not 'soon'",
                ])
        }
    }

    @Test func idsThePersonaLacksArePinned() throws {
        let call = try AnnotatedCall(
            parsing: "persona: fixture-en-d\nfact:weather\tNice weather?\nimplication:breakdowns.9\tAnd?\n",
            file: "c.call")
        let problems = call.check(against: Fixture.persona("fixture-en-d"))
        #expect(
            problems.map(\.description) == [
                "c.call:2:1: error: persona fixture-en-d has no fact:weather",
                "c.call:3:1: error: persona fixture-en-d has no implication:breakdowns.9",
            ])
    }

    @Test func aReplayMeasuresWhatTheBuyerUnderstood() throws {
        let text = """
            persona: fixture-en-d
            problem:breakdowns\tAny unplanned breakdowns on the ovens?
            implication:breakdowns.2\tHow much overtime goes into catching up on a Saturday?
            fact:weather\tIs it sunny outside?
            """
        let call = try AnnotatedCall(parsing: text, file: "d.call")
        let persona = Fixture.persona("fixture-en-d")
        var evaluation = ComprehensionEvaluation()
        evaluation.replay(
            call, persona: persona, script: Fixture.script(for: persona), classifier: Fixture.classifier,
            lexicon: Fixture.library.lexicons[.english])
        #expect(evaluation.calls.count == 1)
        #expect(evaluation.lines[0].isUnderstood && evaluation.lines[1].isUnderstood)
        #expect(evaluation.lines[1].isExactImplication)
        #expect(!evaluation.lines[2].isUnderstood)
        #expect(evaluation.comprehension.hits == 2 && evaluation.comprehension.total == 3)
        #expect(evaluation.falseReveals.hits == 0)
    }
}

/// The buyer's understanding of the development calls must not fall below what it reached
/// (raise these floors as it improves; the held-out part is only measured by `eval --calls`).
@Suite struct ComprehensionFloorTests {
    static let floors: [(ContentLanguage, understood: Double, onTopic: Double, falseReveals: Double, needs: Double)] = [
        (.english, 0.68, 0.95, 0.30, 0.9), (.chinese, 0.81, 0.97, 0.24, 0.85),
    ]

    @Test(arguments: [ContentLanguage.english, .chinese])
    func theDevelopmentCallsStayUnderstood(language: ContentLanguage) throws {
        let library = Bundled.library
        let loaded = library.loadAnnotatedCalls(language: language, part: "dev")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.calls.count >= 12)
        var evaluation = ComprehensionEvaluation()
        for call in loaded.calls {
            let persona = try #require(library.persona(id: call.persona))
            evaluation.replay(
                call, persona: persona, script: try #require(library.script(id: persona.scripts[0])),
                classifier: Bundled.classifier, lexicon: library.lexicons[language], steps: library.steps[language])
        }
        let floor = try #require(Self.floors.first { $0.0 == language })
        #expect(evaluation.comprehension.value >= floor.understood, "\(evaluation.comprehension.percent)")
        #expect(evaluation.onTopic.value >= floor.onTopic, "\(evaluation.onTopic.percent)")
        #expect(evaluation.falseReveals.value <= floor.falseReveals, "\(evaluation.falseReveals.percent)")
        let reaching = Double(evaluation.callsReachingNeed) / Double(evaluation.calls.count)
        #expect(reaching >= floor.needs, "\(evaluation.callsReachingNeed) of \(evaluation.calls.count)")
        #expect(evaluation.walkOuts == 0)
    }
}
