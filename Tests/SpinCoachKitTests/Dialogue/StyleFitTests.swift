import Testing

@testable import SpinCoachKit

/// What counts against a buyer's style, on fixture personas.
@Suite struct StyleFitTests {
    static func progress(_ personaID: String) throws -> CallProgress {
        CallProgress(buyer: SimulatedBuyer(persona: Fixture.persona(personaID)), random: SeededGenerator(seed: 1))
    }

    static func breaks(
        _ reason: OffStyleReason, _ line: String, _ label: UtteranceLabel, language: ContentLanguage = .english,
        progress: CallProgress? = nil
    ) throws -> Bool {
        StyleFit.breaks(
            reason, label: label, tokens: Tokenizer.tokenize(line),
            progress: try progress ?? Self.progress("fixture-en-d"),
            language: language)
    }

    @Test func aGuessedFigureIsAHedgedNumberInAStatement() throws {
        #expect(try Self.breaks(.guessedFigure, "It probably cuts your downtime by about 20%.", .advantage))
        #expect(try Self.breaks(.guessedFigure, "大概能减少三成停机。", .advantage, language: .chinese))
        #expect(try !Self.breaks(.guessedFigure, "It cut downtime by 20% at three plants we measured.", .advantage))
        #expect(try !Self.breaks(.guessedFigure, "About how many stops did you have last month?", .situation))
        #expect(try !Self.breaks(.guessedFigure, "We could probably look at it together.", .statement))
    }

    @Test func tellingADBuyerWhatToDoIsDirecting() throws {
        #expect(try Self.breaks(.directing, "You should replace the bearings every quarter.", .statement))
        #expect(try Self.breaks(.directing, "你应该每个季度换一次轴承。", .statement, language: .chinese))
        #expect(try !Self.breaks(.directing, "Do you think you should replace them sooner?", .question))
    }

    @Test func askingAnSBuyerToDecideIsPushing() throws {
        #expect(try Self.breaks(.pushForDecision, "Can you sign the order this week?", .commitment))
        #expect(try Self.breaks(.pushForDecision, "您今天能拍板吗？", .commitment, language: .chinese))
        #expect(
            try !Self.breaks(
                .pushForDecision, "Could we run a four-week pilot and review it with your team?", .commitment))
    }

    @Test func aLongTurnIsDetailForAnIBuyer() throws {
        let long = Array(repeating: "the sensor reads vibration", count: 11).joined(separator: " and ")
        #expect(try Self.breaks(.detail, long, .feature))
        #expect(try !Self.breaks(.detail, "The sensor reads vibration.", .feature))
    }

    @Test func onlyTheThirdBackgroundQuestionInARowStartsAString() throws {
        var progress = try Self.progress("fixture-en-d")
        for (streak, expected) in [(2, false), (3, true), (4, false)] {
            progress.situationStreak = streak
            #expect(try Self.breaks(.backgroundStreak, "How many shifts?", .situation, progress: progress) == expected)
        }
    }

    /// A line only counts against the style whose brief warns about it.
    @Test func aLineIsOffStyleOnlyForTheStyleThatMinds() throws {
        let guess = Tokenizer.tokenize("It probably cuts your downtime by about 20%.")
        let progress = try Self.progress("fixture-en-d")
        func broken(_ style: DISCStyle) -> OffStyleReason? {
            StyleFit.brokenWarning(
                style: style, label: .advantage, tokens: guess, progress: progress, language: .english)
        }
        #expect(broken(.conscientiousness) == .guessedFigure)
        #expect(broken(.dominance) == nil)
        #expect(broken(.steadiness) == nil)
    }

    /// A string of background questions to a D buyer: one off-style moment on the
    /// scorecard, however long the string, and the brief's warning as the tip.
    @Test func aStringOfBackgroundQuestionsToADBuyerIsOneOffStyleMoment() throws {
        var machine = Fixture.machine("fixture-en-d")
        var effects = machine.handle(.start)
        let background = machine.script.questions(in: .situation).map { $0.text(for: .dominance) }
        #expect(background.count >= 4)
        for line in background.prefix(4) where !machine.isEnded {
            effects += machine.handle(.repSaid(line))
        }
        if !machine.isEnded { effects += machine.handle(.command(.end)) }
        let card = try #require(effects.scorecard)
        #expect(card.count(.situation) >= 3)
        #expect(card.offStyleMoments == 1)
        #expect(effects.tips.contains { $0.text == OffStyleReason.backgroundStreak.tip(in: Terms.english) })
    }

    @Test func theSameStringToACBuyerIsNotOffStyle() throws {
        var machine = Fixture.machine("fixture-en-c")
        var effects = machine.handle(.start)
        for line in machine.script.questions(in: .situation).prefix(4).map({ $0.text(for: .conscientiousness) })
        where !machine.isEnded {
            effects += machine.handle(.repSaid(line))
        }
        if !machine.isEnded { effects += machine.handle(.command(.end)) }
        #expect(try #require(effects.scorecard).offStyleMoments == 0)
    }
}
