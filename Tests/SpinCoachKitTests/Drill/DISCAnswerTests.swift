import Testing

@testable import SpinCoachKit

@Suite struct DISCAnswerTests {
    @Test(arguments: [
        ("D", DISCStyle.dominance), ("d", .dominance), ("Dominance", .dominance), ("dominant.", .dominance),
        ("D型（支配型）", .dominance), ("支配型", .dominance), ("支配", .dominance), ("D (Dominance)", .dominance),
        ("i", .influence), ("Influence", .influence), ("影响型", .influence), ("I型", .influence),
        ("S", .steadiness), ("steady", .steadiness), ("稳健型", .steadiness), ("“S型”", .steadiness),
        ("C", .conscientiousness), ("Conscientious", .conscientiousness), ("严谨型", .conscientiousness),
        ("谨慎型", .conscientiousness), (" c ", .conscientiousness),
    ])
    func readsLettersAndNamesInBothLanguages(answer: String, style: DISCStyle) {
        #expect(DISCAnswer.parse(answer) == style)
    }

    @Test(arguments: ["", "   ", "X", "DI", "dominance influence", "型", "red", "DS型"])
    func anythingElseIsNoStyle(answer: String) {
        #expect(DISCAnswer.parse(answer) == nil)
    }
}
