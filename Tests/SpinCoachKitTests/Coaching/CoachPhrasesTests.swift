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
        var machine = Bundled.machine("han-zhendong")
        _ = machine.handle(.start)
        _ = machine.handle(.command(.end))
        #expect(machine.handle(.repSaid("还有一个问题。")).info == ["拜访已经结束。"])
    }
}
