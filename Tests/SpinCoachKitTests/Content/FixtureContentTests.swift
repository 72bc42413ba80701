import Testing

@testable import SpinCoachKit

/// The fixture content the logic tests play against is itself valid content.
@Suite struct FixtureContentTests {
    @Test func theFixturesLoadWithoutProblems() {
        // Read with the bundled content, which gives the glossaries every library needs.
        #expect(Fixture.library.diagnostics.isEmpty, "\(Fixture.library.diagnostics)")
        let fixtures = ContentLibrary(roots: [Fixture.root])
        #expect(fixtures.personas.map(\.id) == Fixture.personas.map(\.id))
        #expect(fixtures.scripts.map(\.id) == ["fixture-en-bakery", "fixture-zh-bakery", "fixture-zh-clinic"])
    }

    @Test func everyFixtureIsNamedAsOneInBothLanguages() {
        #expect(Fixture.personas.allSatisfy { $0.id.hasPrefix("fixture-") && $0.name.contains(fixtureWord($0)) })
        #expect(Set(Fixture.personas.map(\.language)) == Set(ContentLanguage.allCases))
        // The bundled content does not see the fixtures.
        #expect(!Bundled.library.personas.contains { $0.id.hasPrefix("fixture-") })
    }

    func fixtureWord(_ persona: Persona) -> String { persona.language == .chinese ? "样例" : "Fixture" }
}
