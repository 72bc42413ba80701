import Testing

@testable import SpinCoachKit

@Suite struct UnderstandingExplanationTests {
    /// In Chinese the item's kind is the glossary's word, not the English of its log id.
    @Test(arguments: [
        (PersonaItem.fact("maintenance"), "事实“maintenance”"), (.problem("downtime"), "隐含需求“downtime”"),
        (.implication("downtime", 1), "“downtime”的第2个影响"), (.need("downtime"), "明确需求“downtime”"),
    ])
    func chineseNamesTheKindInTheGlossarysWords(item: PersonaItem, named: String) {
        let terms = Bundled.library.terms(for: .chinese)
        let text = Understanding(.reveals, item: item, evidence: ["停机"]).explanation(terms: terms)
        #expect(text.contains("在问\(named)（依据：“停机”）"), "\(text)")
        #expect(!text.contains(item.description))
    }

    @Test func englishKeepsTheLogID() {
        let terms = Bundled.library.terms(for: .english)
        let text = Understanding(.reveals, item: .implication("downtime", 1)).explanation(terms: terms)
        #expect(text == "The buyer heard a question about \(PersonaItem.implication("downtime", 1)) and answered it.")
    }
}
