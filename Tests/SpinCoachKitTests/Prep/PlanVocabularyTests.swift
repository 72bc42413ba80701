import Testing

@testable import SpinCoachKit

/// A plan is written and read back by these names without a content library, so they are
/// kept in the code; this holds them to the glossary, term for term.
@Suite struct PlanVocabularyTests {
    let plan = PlanVocabulary(language: .chinese)
    let terms = Bundled.library.terms(for: .chinese)
    let glossary = Bundled.library.glossaries[.chinese]!

    @Test func theChineseNamesAreTheGlossarysTerms() throws {
        for role in BuyingRole.allCases { #expect(plan.name(of: role) == glossary.entry(.role(role))?.term) }
        for stance in Stance.allCases { #expect(plan.name(of: stance) == terms.name(of: stance)) }
        for mode in ResponseMode.allCases {
            let entry = try #require(glossary.entry(.mode(mode)))
            #expect(plan.name(of: mode) == entry.term)
            #expect(plan.gloss(of: mode) == entry.note)
        }
        for style in DISCStyle.allCases { #expect(plan.name(of: style) == terms.name(of: style)) }
        for label in UtteranceLabel.allCases {
            let key: GlossaryKey =
                switch label {
                case .situation: .spin(.situation)
                case .problem: .spin(.problem)
                case .implication: .spin(.implication)
                case .needPayoff: .spin(.needPayoff)
                default: .label(label)
                }
            #expect(plan.name(of: label) == glossary.entry(key)?.term, "\(label)")
        }
    }
}
