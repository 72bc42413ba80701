import Testing

@testable import SpinCoachKit

@Suite struct TrimmingTests {
    @Test func spacesTabsAndIdeographicSpacesGo() {
        #expect("  stop \t".trimmedOfSpaces == "stop")
        #expect("\u{3000}停机\u{3000}".trimmedOfSpaces == "停机")
        #expect("go down".trimmedOfSpaces == "go down")
    }

    @Test func blankTextIsEmpty() {
        #expect("".trimmedOfSpaces.isEmpty)
        #expect(" \t ".trimmedOfSpaces.isEmpty)
    }

    @Test func substringsTrimToo() {
        let line = "breakdown:  go down , trip"
        #expect(line.split(separator: ",").map(\.trimmedOfSpaces) == ["breakdown:  go down", "trip"])
    }
}
