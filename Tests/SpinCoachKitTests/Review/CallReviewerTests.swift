import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct CallReviewerTests {
    @Test func labelsTheRepAndFindsTheBuyersNeeds() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        #expect(review.rep == "Sam" && review.repRule == .mostQuestions)
        #expect(review.speakers.map(\.name) == ["Sam", "Ana"] && review.speakers.map(\.side) == [.rep, .buyer])
        let repTurns = review.turns.filter { $0.side == .rep }
        #expect(repTurns.allSatisfy { $0.label != nil && $0.confidence != nil && $0.evidence != nil })
        #expect(review.turns.filter { $0.side == .buyer }.allSatisfy { $0.label == nil })
        #expect(repTurns.map(\.label) == [.rapport, .situation, .advantage, .needPayoff, .implication, .needPayoff])
        #expect(review.explicitNeeds.map(\.index) == [9])
        #expect(review.explicitNeeds.first?.explicitNeed == "we need")
        #expect(review.questions.total == 4)
        #expect(review.questions.spin == ["situation": 1, "need-payoff": 2, "implication": 1])
        #expect(review.questions.prematurePitches == [4])
        #expect(review.questions.prematureNeedPayoffs == [6])
        #expect(review.timing == .full && review.duration == 72)
        #expect(review.questions.perMinute?["need-payoff"] == 1.67)
    }

    @Test func threeCoachingPointsQuoteTheRepWithScriptQuestions() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        #expect(review.coaching.count == 3)
        #expect(review.coaching.map(\.kind) == ["premature-pitch", "premature-need-payoff", "developed-problem"])
        for point in review.coaching {
            #expect(review.turns[point.turn].side == .rep && point.quote == review.turns[point.turn].text)
            let id = try #require(point.betterQuestionID)
            let (scriptID, questionID) = (String(id.prefix { $0 != ":" }), String(id.drop { $0 != ":" }.dropFirst()))
            let question = try #require(Bundled.library.script(id: scriptID)?.question(id: questionID))
            #expect(question.text == point.betterQuestion)
        }
        // A pitch and a premature need-payoff are answered with implication questions from an English script.
        #expect(review.coaching[0].betterQuestionID?.contains(":implication.") == true)
        #expect(
            Bundled.library.script(id: String(review.coaching[0].betterQuestionID!.prefix { $0 != ":" }))?.language
                == .english)
    }

    @Test func discHintIsAHintWithItsCues() throws {
        let review = try ReviewSupport.reviewer.review(ReviewSupport.discovery)
        let disc = try #require(review.disc)
        #expect(disc.style == .conscientiousness)
        #expect(disc.cues == ["data", "exactly"])
        #expect(disc.confidence > 0 && disc.confidence < 1)
    }

    @Test func repRules() throws {
        var reviewer = ReviewSupport.reviewer
        reviewer.rep = "ana"
        let named = try reviewer.review(ReviewSupport.discovery)
        #expect(named.rep == "Ana" && named.repRule == .option)
        reviewer.rep = "Nobody"
        #expect {
            try reviewer.review(ReviewSupport.discovery)
        } throws: { error in
            (error as? TranscriptProblem)?.message
                == "--rep 'Nobody' is not a speaker in this call; its speakers are Sam, Ana"
        }
        let alone = try ReviewSupport.reviewer.review(ReviewSupport.transcript([("Kim", "Hello there.", nil, nil)]))
        #expect(alone.repRule == .onlySpeaker)
        let practised = try ReviewSupport.reviewer.review(
            try TranscriptImporter().read(TranscriptFixtures.ours("practice-with-reasons.jsonl")))
        #expect(practised.rep == "Sam" && practised.repRule == .session)
    }

    @Test func noSpeakersIsAnError() {
        #expect {
            try ReviewSupport.reviewer.review(ReviewSupport.transcript([(nil, "Hello", 0, 1), (nil, "Hi", 1, 2)]))
        } throws: { error in
            (error as? TranscriptProblem)?.message.hasPrefix("no speakers:") == true
        }
    }

    @Test func practisedCallsKeepTheBuyersReasons() throws {
        let review = try ReviewSupport.reviewer.review(
            try TranscriptImporter().read(TranscriptFixtures.ours("practice-with-reasons.jsonl")))
        #expect(review.practice?.sessionID == "20250314-090000-0000abcd" && review.practice?.score == 41)
        let reasons = review.turns.compactMap { $0.reason.map { ($0.kind, $0.item) } }
        #expect(reasons.map(\.0) == ["off-topic", "reveals", "objection", "not-ready", "guarded"])
        #expect(review.timing == .starts && review.metric("talk-share")?.basis == "words")
        let phrases = ReviewPhrases(language: .english)
        let terms = Bundled.library.terms(for: .english)
        #expect(
            phrases.reason(review.turns[3].reason!, terms: terms)
                == "reveals problem:breakdowns because of \"stop\", \"corrugator\"")
        #expect(phrases.reason(review.turns[5].reason!, terms: terms) == "objection (pitch)")
        // In Chinese the trigger is the glossary's term, never the raw value.
        let chinese = Bundled.library.terms(for: .chinese)
        #expect(
            ReviewPhrases(language: .chinese).reason(review.turns[5].reason!, terms: chinese)
                == "异议（\(chinese.name(of: ObjectionTrigger.pitch))）")
    }

    @Test func chineseCallsAreReviewedInChinese() throws {
        let call = ReviewSupport.transcript([
            ("王经理", "咱们厂现在有几条产线？", nil, nil),
            ("李总", "两条，我们需要减少停机。", nil, nil),
            ("王经理", "停机对交货有什么影响？", nil, nil),
        ])
        let review = try ReviewSupport.reviewer.review(call)
        #expect(review.language == .chinese && review.rep == "王经理")
        #expect(review.explicitNeeds.first?.explicitNeed == "我们需要")
        #expect(review.timing == .none && review.duration == nil)
    }

    @Test func callDatesComeFromFileNames() {
        #expect(CallDate.fromFileName("/x/GMT20240124-202901_Recording.vtt").map(ReportNumbers.day) == "2024-01-24")
        #expect(CallDate.fromFileName("call-2025-03-14-1.srt").map(ReportNumbers.day) == "2025-03-14")
        #expect(CallDate.fromFileName("call-123456789.txt") == nil)
        #expect(CallDate.fromFileName("notes.txt") == nil)
    }
}
