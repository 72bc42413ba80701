import Testing

@testable import SpinCoachKit

/// Marking uses the real classifier trained on the bundled content, and the fixture
/// personas' index for the topic check; the items are built here, so the rules under
/// test do not depend on which lines the catalog happens to pick, nor on the wording
/// of a bundled persona.
@Suite struct DrillMarkerTests {
    static let marker = DrillMarker(classifier: Fixture.classifier, library: Fixture.library, language: .english)
    static let chineseMarker = DrillMarker(
        classifier: Fixture.classifier, library: Fixture.library, language: .chinese)

    func item(_ task: DrillTask, language: ContentLanguage = .english) -> DrillItem {
        DrillItem(id: "test", skill: .spin, language: language, speaker: "Buyer", buyerLine: "…", task: task)
    }

    static let breakdowns = DrillTopic(persona: "fixture-en-d", item: .problem("breakdowns"))

    @Test func theRightQuestionOnTheBuyersTopicScoresFive() throws {
        let develop = item(.question(.implication, topic: Self.breakdowns))
        let mark = try #require(
            Self.marker.mark("What does a day of downtime on the ovens cost you in late deliveries?", for: develop)
        )
        #expect(mark.verdict == .right && mark.quality == 5 && mark.isCorrect)
        #expect(mark.label == .implication)
    }

    @Test func aQuestionWithNoTopicOfItsOwnFollowsTheThread() throws {
        let develop = item(.question(.implication, topic: Self.breakdowns))
        let mark = try #require(Self.marker.mark("And what does that lead to?", for: develop))
        #expect(mark.label == .implication)
        #expect(mark.verdict == .right)
    }

    @Test func theRightTypeAboutAnotherProblemIsOffTopic() throws {
        let develop = item(.question(.implication, topic: Self.breakdowns))
        let mark = try #require(
            Self.marker.mark("What does a bad week of waste cost you in flour and margin?", for: develop))
        #expect(mark.label == .implication)
        #expect(mark.verdict == .offTopic && mark.quality == 3 && mark.isCorrect)
    }

    @Test func aProblemQuestionAfterAFactShouldBeAboutThatFact() throws {
        let probe = item(.question(.problem, topic: DrillTopic(persona: "fixture-en-d", item: .fact("team"))))
        let onTopic = try #require(
            Self.marker.mark("Is it getting harder to keep enough technicians on the maintenance team?", for: probe))
        #expect(onTopic.label == .problem && onTopic.verdict == .right)
        let elsewhere = try #require(
            Self.marker.mark("Which ovens break down more often than you would like?", for: probe))
        #expect(elsewhere.label == .problem && elsewhere.verdict == .offTopic)
    }

    @Test func theNeighbouringTypeIsNearAndAStatementIsNotAQuestion() throws {
        let develop = item(.question(.implication, topic: Self.breakdowns))
        let near = try #require(Self.marker.mark("Which ovens break down most often?", for: develop))
        #expect(near.label == .problem && near.verdict == .near && near.quality == 2 && !near.isCorrect)
        let payoff = item(.question(.needPayoff, topic: Self.breakdowns))
        let far = try #require(Self.marker.mark("How many people work on the maintenance team?", for: payoff))
        #expect(far.label == .situation && far.verdict == .wrong && far.quality == 1)
        let pitch = try #require(
            Self.marker.mark("We have wireless vibration sensors with predictive software.", for: payoff))
        #expect(pitch.label == .feature && pitch.verdict == .notAQuestion && pitch.quality == 0)
    }

    @Test func aBenefitMustMeetTheStatedNeed() throws {
        let need = Fixture.persona("fixture-en-d").problems[0].need
        #expect(need == "I need to see an oven failure coming early enough to fix it on a planned stop.")
        let round = item(.benefit(need: need))
        let answer = "Our sensors warn you days ahead of an oven failure, so you can fix it on a planned stop."
        let benefit = try #require(Self.marker.mark(answer, for: round))
        #expect(benefit.label == .benefit && benefit.verdict == .right && benefit.quality == 5)
        let other = item(.benefit(need: "We need the board reports to reconcile with the ledger."))
        let advantage = try #require(Self.marker.mark(answer, for: other))
        #expect(advantage.label == .advantage && advantage.verdict == .near && advantage.quality == 2)
    }

    @Test func chineseAnswersAreMarkedInChinese() throws {
        let topic = DrillTopic(persona: "fixture-zh-d", item: .problem("downtime"))
        let develop = item(.question(.implication, topic: topic), language: .chinese)
        let mark = try #require(Self.chineseMarker.mark("停机一次对交货有什么影响？", for: develop))
        #expect(mark.label == .implication && mark.isCorrect)
        let payoff = item(.question(.needPayoff, topic: topic), language: .chinese)
        let wrongType = try #require(Self.chineseMarker.mark("停机一次对交货有什么影响？", for: payoff))
        #expect(wrongType.verdict == .near && !wrongType.isCorrect)
    }

    @Test func aStyleIsRightNearOrWrongAndAnythingElseIsAskedAgain() throws {
        let round = item(.style(.dominance, secondary: .conscientiousness))
        #expect(Self.marker.mark("d", for: round) == DrillMark(verdict: .right, quality: 5, named: .dominance))
        #expect(Self.marker.mark("严谨型", for: round)?.verdict == .near)
        #expect(Self.marker.mark("S", for: round)?.quality == 1)
        #expect(Self.marker.mark("blue", for: round) == nil)
    }
}
