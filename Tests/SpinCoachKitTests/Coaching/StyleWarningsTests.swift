import Testing

@testable import SpinCoachKit

@Suite struct StyleWarningsTests {
    @Test(arguments: DISCStyle.allCases)
    func theBriefsDontsAreTheTablesWarnings(style: DISCStyle) {
        for language in ContentLanguage.allCases {
            let advice = DISCAdvice.advice(for: style, language: language)
            #expect(advice.donts == StyleWarning.warnings(for: style).map { $0.text(in: language) })
            #expect(advice.donts.count == 2)
        }
        #expect(StyleWarning.warnings(for: style).allSatisfy { !$0.moments.isEmpty })
    }

    /// Every kind of off-style moment is warned about in exactly one style's brief, so
    /// nothing is scored that the brief does not warn about, and each tip names its style.
    @Test func eachOffStyleMomentBelongsToOneStylesBrief() {
        let owners = OffStyleReason.allCases.map { reason in
            DISCStyle.allCases.filter { style in
                StyleWarning.warnings(for: style).contains { $0.moments.contains(reason) }
            }
        }
        #expect(owners.allSatisfy { $0.count == 1 }, "\(zip(OffStyleReason.allCases, owners).map { "\($0)" })")
        for (reason, style) in zip(OffStyleReason.allCases, owners.map(\.first)) {
            let letter = style?.rawValue ?? "?"
            #expect(reason.tip(in: Terms.english).contains(" \(letter) buyer"), "\(reason)")
            #expect(reason.tip(in: Bundled.library.terms(for: .chinese)).hasPrefix("\(letter)型客户"), "\(reason)")
        }
    }
}
