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

    /// A rep knows the buyer's words, not the persona file's ids.
    @Test func withThePersonaAToldItemIsNamedByWhatTheBuyerSaid() {
        let terms = Bundled.library.terms(for: .english)
        let persona = BuyerAnswersTests.persona
        let told = Understanding(.reveals, item: .implication("downtime", 0), byFocus: true)
            .explanation(terms: terms, persona: persona)
        #expect(told.contains("the consequence “Every stop pushes a shipment.”"), "\(told)")
        #expect(told.contains("(“Line two stops too often.”)"), "\(told)")
        #expect(!told.contains("implication:downtime"))
    }

    @Test func aPlayedDownProblemIsNotGivenAway() {
        let terms = Bundled.library.terms(for: .english)
        let text = Understanding(.guarded, item: .problem("downtime"))
            .explanation(terms: terms, persona: BuyerAnswersTests.persona)
        #expect(!text.contains("Line two stops too often"), "\(text)")
        #expect(text.contains("problem:downtime"))
    }

    @Test func chineseCharacterPairsShowAsTheStretchOfTheLineTheyCover() {
        let stretches = Understanding.stretches(of: ["题清", "cost", "问题", "清单", "热轧"], in: "您说的问题清单里，cost 怎么算？")
        #expect(stretches == ["问题清单", "cost"])
    }

    @Test func aLongSayingIsShortenedAtAWordsEnd() throws {
        var persona = BuyerAnswersTests.persona
        persona.facts[0].say =
            "Three lines and two shifts, with an outside contractor for the boiler and the compressors."
        let gist = try #require(persona.gist(of: .fact("lines")))
        #expect(gist == "Three lines and two shifts, with an outside…", "\(gist)")
    }
}
