import Testing

@testable import SpinCoachKit

@Suite struct NearestNameTests {
    static let ids = ["kwame-asante", "han-zhendong", "priya-nair", "plant-downtime", "soe-equipment"]

    @Test func aSlipFindsTheIntendedName() {
        #expect(NearestName.closest(to: "kwame-asnte", in: Self.ids) == "kwame-asante")
        #expect(NearestName.closest(to: "kwame-asnate", in: Self.ids) == "kwame-asante", "a swap is one edit")
        #expect(NearestName.closest(to: "Priya-Nair", in: Self.ids) == "priya-nair")
        #expect(NearestName.closest(to: "plant-downtme", in: Self.ids) == "plant-downtime")
    }

    @Test func somethingElseEntirelyFindsNothing() {
        #expect(NearestName.closest(to: "nobody", in: Self.ids) == nil)
        #expect(NearestName.closest(to: "kw", in: Self.ids) == nil)
        #expect(NearestName.closest(to: "x", in: []) == nil)
    }

    @Test func distanceCountsEdits() {
        #expect(NearestName.editDistance("", "abc") == 3)
        #expect(NearestName.editDistance("abc", "abc") == 0)
        #expect(NearestName.editDistance("abcd", "abdc") == 1)
        #expect(NearestName.editDistance("kitten", "sitting") == 3)
    }
}
