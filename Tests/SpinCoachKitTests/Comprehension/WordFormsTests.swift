import Testing

@testable import SpinCoachKit

@Suite struct WordFormsTests {
    @Test(arguments: [
        ["stop", "stops", "stopped", "stopping", "stoppage"],
        ["breakdown", "breakdowns"],
        ["deliver", "delivery", "deliveries", "delivered"],
        ["machine", "machines"],
        ["process", "processes"],
        ["plan", "planned", "planning", "plans"],
        ["cost", "costs", "costly"],
    ])
    func formsOfOneWordMeet(forms: [String]) {
        let stems = Set(forms.map(WordForms.stem))
        #expect(stems.count == 1, "\(forms) → \(stems)")
    }

    @Test func differentWordsStayApart() {
        #expect(WordForms.stem("loss") != WordForms.stem("lot"))
        #expect(WordForms.stem("status") == "status")
        #expect(WordForms.stem("staff") == "staff")
        #expect(WordForms.stem("supply") != WordForms.stem("sup"))
    }

    @Test func shortAndChineseWordsAreLeftAlone() {
        #expect(WordForms.stem("is") == "is")
        #expect(WordForms.stem("停机") == "停机")
    }
}
