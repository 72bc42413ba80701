import Testing

@testable import SpinCoachKit

@Suite struct CoachPhrasesTests {
    let chinese = CoachPhrases(terms: Bundled.library.terms(for: .chinese))

    /// Some buyers say 你 to the rep and some 您, so the lines every buyer shares use neither.
    @Test func theNeutralBuyerAddressesNoOne() {
        #expect(chinese.listening.contains("嗯，接着说。"))
        for line in chinese.listening + chinese.acknowledgements + chinese.thanksReplies + [chinese.welcomesBenefit] {
            #expect(!line.contains("您") && !line.contains("你"), "\(line)")
        }
    }

    @Test func theExplicitNeedTipReadsAsATrainerSaysItWithFullWidthPunctuation() {
        let tip = chinese.needStated("非计划停机必须变成计划检修。")
        #expect(tip == "明确需求出现了：“非计划停机必须变成计划检修。”接下来讲讲你们怎么做到这一点，或者再去挖掘下一个难点。")
        #expect(!tip.contains(" "))
    }

    @Test func thePracticeIsAVisitNotAPhoneCall() {
        #expect(chinese.callHasEnded == "拜访已经结束。")
    }

    @Test func afterTheEndTheMachineSaysTheVisitIsOver() {
        var machine = Fixture.machine("fixture-zh-d")
        _ = machine.handle(.start)
        _ = machine.handle(.command(.end))
        #expect(machine.handle(.repSaid("还有一个问题。")).info == ["拜访已经结束。"])
    }

    /// A quote says something: a sentence too short to stand alone brings the next one.
    @Test func aQuotedSentenceSaysSomething() {
        #expect(
            CoachPhrases.firstSentence("Fourteen unplanned stops last quarter. Nine hours gone.")
                == "Fourteen unplanned stops last quarter.")
        #expect(
            CoachPhrases.firstSentence("This is the big one for me. We open a third warehouse in 2026. Then more.")
                == "This is the big one for me. We open a third warehouse in 2026.")
        #expect(CoachPhrases.firstSentence("不瞒您说，短信是发，可发得太多了。一晚上几十条。") == "不瞒您说，短信是发，可发得太多了。")
        #expect(CoachPhrases.firstSentence("是的。报警太多了，值班的看麻木了。夜里人少。") == "是的。报警太多了，值班的看麻木了。")
        #expect(CoachPhrases.firstSentence("No full stop here") == "No full stop here")
        #expect(
            CoachPhrases.firstSentence(
                "Credits and write-offs came to about 1.8 percent of revenue. That hurts. A lot.")
                == "Credits and write-offs came to about 1.8 percent of revenue.")
    }
}
