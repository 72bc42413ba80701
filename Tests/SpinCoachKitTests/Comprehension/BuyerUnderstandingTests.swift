import Testing

@testable import SpinCoachKit

/// The buyer understands a rep's own words and follows the thread (issue: the
/// rep who asked good questions in their own words was brushed off), on fixture personas.
@Suite struct BuyerUnderstandingTests {
    static func show(_ answers: [(reply: String, understanding: Understanding?)]) -> String {
        answers.map { answer in
            let reason = answer.understanding.map { "\($0.outcome) \($0.item?.description ?? "") \($0.evidence)" }
            return (reason ?? "-") + " | " + answer.reply
        }.joined(separator: "\n")
    }

    static func play(_ personaID: String, _ lines: [String]) -> [(reply: String, understanding: Understanding?)] {
        var machine = Fixture.machine(personaID, coach: .off)
        _ = machine.handle(.start)
        return lines.map { line in
            let turns = machine.handle(.repSaid(line)).compactMap { effect -> CallTurn? in
                if case .logTurn(let turn) = effect, turn.speaker == .buyer { turn } else { nil }
            }
            return (turns.first?.text ?? "", turns.first?.understanding)
        }
    }

    @Test func aRepWhoReadOnlyTheBriefIsUnderstoodInEnglish() {
        let answers = Self.play(
            "fixture-en-d",
            [
                "What's been giving you the most headaches on the ovens lately?",
                "How often does it go down without warning?",
                "When it stops, what happens downstream?",
                "What does that cost you in a typical month?",
                "How would it help you if you could see those failures coming a few days early?",
            ])
        let items = answers.map { $0.understanding?.item?.description ?? "-" }
        #expect(items[0] == "problem:breakdowns", "\(answers)")
        #expect(
            items[1].hasPrefix("problem:breakdowns") || items[1].hasPrefix("implication:breakdowns"),
            "\(Self.show(answers))")
        #expect(items[2].hasPrefix("implication:breakdowns"), "\(answers)")
        #expect(items[3].hasPrefix("implication:breakdowns"), "\(answers)")
        #expect(items[4] == "need:breakdowns", "\(answers)")
        #expect(answers[4].understanding?.outcome == .reveals)
        // Two different consequences, not the same one twice.
        #expect(items[2] != items[3])
        #expect(Set(answers.map(\.reply)).count == answers.count, "\(Self.show(answers))")
    }

    @Test func aRepWhoReadOnlyTheBriefIsUnderstoodInChinese() {
        let answers = Self.play(
            "fixture-zh-d",
            [
                "最近设备方面最让您头疼的是什么？",
                "这个具体是哪台设备出的问题？",
                "停一次机对生产影响有多大？",
                "那对交货和客户有什么影响？",
                "如果能提前一两周知道哪台要出问题，对您有什么价值？",
            ])
        let items = answers.map { $0.understanding?.item?.description ?? "-" }
        let problem = answers[0].understanding?.item?.problemID
        #expect(problem != nil, "\(answers)")
        // A reserved buyer admits the problem first, then tells what it leads to.
        #expect(answers[2].understanding?.item?.problemID == problem, "\(Self.show(answers))")
        #expect(items[3].hasPrefix("implication:"), "\(Self.show(answers))")
        #expect(answers[3].understanding?.item?.problemID == problem)
        #expect(items[4].hasPrefix("need:"), "\(answers)")
    }

    @Test func aPronounFollowsTheProblemInFocus() {
        let answers = Self.play(
            "fixture-en-d",
            [
                "Do you ever end up scrapping burnt bread?",
                "Tell me straight: any unplanned breakdowns on the ovens?",
                "And what does that cost you?",
            ])
        #expect(answers[2].understanding?.item?.problemID == "breakdowns", "\(answers)")
        #expect(answers[2].understanding?.byFocus == true)
    }

    @Test func aQuestionAboutNothingThePersonaKnowsIsOffTopic() {
        let answers = Self.play("fixture-en-d", ["Did you watch the tennis?"])
        #expect(answers[0].understanding?.item == nil, "\(Self.show(answers))")
    }

    @Test func aNeedPayoffBeforeAnyImplicationIsNotReadyAndSaysWhich() {
        let answers = Self.play(
            "fixture-en-d",
            [
                "Any unplanned breakdowns on the ovens?",
                "How valuable would it be to see those breakdowns coming?",
            ])
        #expect(answers[1].understanding?.outcome == .notReady)
        #expect(answers[1].understanding?.item == .need("breakdowns"))
    }

    @Test func itemsReadBackFromTheirWrittenForm() {
        for item in PersonaItem.all(in: Fixture.persona("fixture-en-d")) {
            #expect(PersonaItem(item.description) == item)
        }
        #expect(PersonaItem("implication:breakdowns.0") == nil)
        #expect(PersonaItem("feeling:breakdowns") == nil)
    }
}

@Suite struct WhyCommandTests {
    @Test func whySaysWhatTheLastLineWasTakenToBeAbout() {
        var machine = Fixture.machine("fixture-en-d", coach: .off)
        _ = machine.handle(.start)
        #expect(machine.handle(.command(.why)).info.first?.contains("Ask the buyer a question first") == true)
        _ = machine.handle(.repSaid("Any unplanned breakdowns on the ovens lately?"))
        let explanation = machine.handle(.command(.why)).info.first ?? ""
        let admission = Fixture.persona("fixture-en-d").problems.first { $0.id == "breakdowns" }?.admit ?? "?"
        #expect(explanation.contains("the problem “" + admission.prefix(20)), "\(explanation)")
        #expect(explanation.contains("\"breakdowns\"") || explanation.contains("\"unplanned\""), "\(explanation)")
    }

    @Test func whySpeaksChinese() {
        var machine = Fixture.machine("fixture-zh-d", coach: .off)
        _ = machine.handle(.start)
        _ = machine.handle(.repSaid("最近设备方面最让您头疼的是什么？"))
        let explanation = machine.handle(.command(.why)).info.first ?? ""
        #expect(explanation.hasPrefix("客户"), "\(explanation)")
    }
}

/// How the buyer settles what a line is about from the ranked items.
@Suite struct BuyerTopicTests {
    static func match(_ item: String, _ score: Double) -> PersonaIndex.Match {
        PersonaIndex.Match(item: PersonaItem(item)!, score: score, evidence: [])
    }

    /// A problem heard through its need and its own words outweighs a fact heard a little more.
    @Test func aProblemCountsWithItsSiblings() throws {
        let ranked = [
            Self.match("fact:lines", 10), Self.match("need:breakdowns", 7), Self.match("problem:breakdowns", 6),
        ]
        let topic = try #require(SimulatedBuyer.topic(of: ranked, thread: nil))
        #expect(topic.item == PersonaItem("need:breakdowns"))
        #expect(topic.score == 7 + SimulatedBuyer.siblingShare * 6)
    }

    @Test func onlyTheBestSiblingAdds() throws {
        let ranked = [Self.match("problem:a", 5), Self.match("need:a", 4), Self.match("implication:a.1", 4)]
        let topic = try #require(SimulatedBuyer.topic(of: ranked, thread: nil))
        #expect(topic.score == 5 + SimulatedBuyer.siblingShare * 4)
    }

    /// A line that points back is about the thread even with no word in common.
    @Test func theThreadCountsWithoutSharedWords() throws {
        let ranked = [Self.match("fact:staffing", SimulatedBuyer.threadFloor - 0.5)]
        let topic = try #require(SimulatedBuyer.topic(of: ranked, thread: "identification"))
        #expect(topic.item == PersonaItem("problem:identification"))
        #expect(topic.score == SimulatedBuyer.threadFloor)
    }

    @Test func aStrongOwnTopicBeatsTheThread() throws {
        let ranked = [Self.match("fact:staffing", SimulatedBuyer.threadFloor * 3)]
        let topic = try #require(SimulatedBuyer.topic(of: ranked, thread: "identification"))
        #expect(topic.item == PersonaItem("fact:staffing"))
    }

    @Test func nothingHeardAndNoThreadIsNoTopic() {
        #expect(SimulatedBuyer.topic(of: [], thread: nil) == nil)
    }
}
