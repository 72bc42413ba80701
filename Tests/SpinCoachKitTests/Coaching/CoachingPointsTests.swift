import Testing

@testable import SpinCoachKit

/// The coaching points a call ends with, on fixture personas and scripts.
@Suite struct CoachingPointsTests {
    /// Plays the lines, then ends the call, and returns its coaching points and the script.
    static func points(_ personaID: String, _ lines: [String], seed: UInt64 = 11) throws
        -> (points: [Scorecard.CoachingPoint], script: Script)
    {
        var machine = Fixture.machine(personaID, seed: seed)
        var effects = machine.handle(.start)
        for line in lines where !machine.isEnded { effects += machine.handle(.repSaid(line)) }
        if !machine.isEnded { effects += machine.handle(.command(.end)) }
        let card = try #require(effects.scorecard)
        let questions = Set(machine.script.questions.map { $0.text(for: machine.persona.disc.primary) })
        // True of every call: distinct advice, lines and questions, each question from the script.
        #expect(Set(card.coachingPoints.map(\.advice)).count == card.coachingPoints.count)
        #expect(Set(card.coachingPoints.map(\.quote)).count == card.coachingPoints.count)
        let suggestions = card.coachingPoints.compactMap(\.suggestion)
        #expect(Set(suggestions).count == suggestions.count, "\(suggestions)")
        for suggestion in suggestions {
            #expect(
                questions.contains { suggestion.hasSuffix("：" + $0) || suggestion.hasSuffix(": " + $0) },
                "\(suggestion)")
            #expect(!lines.contains { suggestion.hasSuffix($0) }, "a better question is not one the rep asked")
        }
        #expect(card.coachingPoints.allSatisfy { !$0.advice.contains("For example") && !$0.advice.contains("比如在这句之后") })
        return (card.coachingPoints, machine.script)
    }

    static func section(of suggestion: String?, in script: Script) -> ScriptSection? {
        guard let suggestion else { return nil }
        return script.questions.first { suggestion.hasSuffix($0.text(for: .dominance)) }?.section
    }

    static let problemQuestion = "Which oven has the most unplanned stops, and how many last month?"

    @Test func oneBackgroundQuestionIsNotTooMany() throws {
        let (points, _) = try Self.points("fixture-en-d", ["How many ovens do you run?", Self.problemQuestion])
        #expect(!points.contains { $0.advice.contains("background") || $0.advice.contains("fewer") }, "\(points)")
    }

    @Test func manyBackgroundQuestionsGetOnePointAboutThemWithAProblemQuestion() throws {
        let persona = Fixture.persona("fixture-en-c")
        let script = Fixture.script(for: persona)
        let background = script.questions(in: .situation).prefix(5).map { $0.text(for: persona.disc.primary) }
        let (points, _) = try Self.points("fixture-en-c", background)
        let about = points.filter { $0.advice.contains("background") }
        #expect(about.count == 1, "\(points)")
        let question = try #require(about.first?.suggestion)
        #expect(script.questions(in: .problem).contains { question.hasSuffix($0.text(for: persona.disc.primary)) })
    }

    /// A D buyer's string of background questions is said once, by the streak's point,
    /// and the style point goes to the next line against the style.
    @Test func theBackgroundStringIsOnePointAndStyleGetsAnother() throws {
        let script = Fixture.script(for: Fixture.persona("fixture-en-d"))
        let background = script.questions(in: .situation).prefix(4).map { $0.text(for: .dominance) }
        let chat = "How was your weekend?"
        let (points, _) = try Self.points("fixture-en-d", background + [chat])
        #expect(points.filter { $0.advice.contains("background") }.count == 1, "\(points)")
        let tip = OffStyleReason.smallTalk.tip(in: Terms.english)
        #expect(points.contains { $0.quote == chat && $0.advice == tip }, "\(points)")
    }

    @Test func aProblemLeftUndevelopedIsFollowedByAnImplicationQuestion() throws {
        let (points, script) = try Self.points("fixture-en-d", [Self.problemQuestion])
        let point = try #require(points.first { $0.quote == Self.problemQuestion }, "\(points)")
        #expect(point.advice.contains("consequences were never asked"))
        #expect(point.suggestion?.hasPrefix("Next: ") == true)
        #expect(Self.section(of: point.suggestion, in: script) == .implication)
    }

    @Test func aProblemTheRepDevelopedIsNotToldToBeDeveloped() throws {
        let lines = [
            "Hello, thanks for making time today.", Self.problemQuestion,
            "When the oven stops unplanned, what does that do to your shipments and late deliveries?",
            "And does the firefighting push back the preventive jobs you had planned for?",
        ]
        let (points, _) = try Self.points("fixture-en-d", lines)
        #expect(points.contains { $0.advice.contains("drew out a consequence of the problem") }, "\(points)")
        #expect(!points.contains { $0.advice.contains("consequences") }, "\(points)")
    }

    @Test(arguments: ["fixture-en-d", "fixture-zh-d"])
    func aPitchIsAnsweredWithAQuestionToAskInstead(personaID: String) throws {
        let zh = personaID == "fixture-zh-d"
        let pitch = zh ? "我们的系统是行业领先的，绝对能解决。" : "We have a great dashboard that will solve all this."
        let (points, script) = try Self.points(personaID, [pitch])
        let point = try #require(points.first { $0.quote == pitch }, "\(points)")
        #expect(point.suggestion?.hasPrefix(zh ? "不如这样问：" : "Try instead: ") == true)
        #expect(Self.section(of: point.suggestion, in: script) != nil)
    }

    @Test(arguments: ["fixture-en-d", "fixture-zh-d", "fixture-en-c", "fixture-en-i"])
    func aGoodCallsPointsAreAllDifferent(personaID: String) throws {
        var machine = Fixture.machine(personaID)
        _ = machine.handle(.start)
        var lines: [String] = []
        for _ in 0..<12 where !machine.isEnded {
            guard let hint = machine.handle(.command(.hint)).info.first?.split(separator: "\n").first else { break }
            lines.append(String(hint))
            _ = machine.handle(.repSaid(String(hint)))
        }
        _ = try Self.points(personaID, lines, seed: 7)
    }
}
