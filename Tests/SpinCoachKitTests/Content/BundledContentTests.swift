import Foundation
import Testing

@testable import SpinCoachKit

/// The bundled content is what a trainer judges us by: it must pass the checker
/// and meet the coverage promised in the README.
@Suite struct BundledContentTests {
    static let library: ContentLibrary = {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return ContentLibrary(roots: [root])
    }()

    @Test func passesTheChecker() {
        #expect(Self.library.diagnostics.isEmpty, "\(Self.library.diagnostics)")
    }

    @Test(arguments: ContentLanguage.allCases)
    func scriptsMeetTheCounts(language: ContentLanguage) {
        let scripts = Self.library.scripts.filter { $0.language == language }
        #expect(scripts.count >= 4)
        for script in scripts {
            #expect(!script.questions(in: .opening).isEmpty, "\(script.id) has no opening")
            #expect(!script.questions(in: .commitment).isEmpty, "\(script.id) has no commitment")
            for section in [ScriptSection.situation, .problem, .implication, .needPayoff] {
                #expect(script.questions(in: section).count >= 6, "\(script.id) [\(section.rawValue)]")
            }
            for question in script.questions {
                #expect(question.hint != nil, "\(script.id): \(question.id) has no hint")
            }
        }
    }

    @Test(arguments: ContentLanguage.allCases)
    func personasMeetTheCounts(language: ContentLanguage) {
        let personas = Self.library.personas.filter { $0.language == language }
        #expect(personas.count >= 6)
        #expect(Set(personas.map(\.disc.primary)) == Set(DISCStyle.allCases))
        #expect(Set(personas.map(\.role)) == Set(BuyingRole.allCases))
        #expect(Set(personas.map(\.mode)) == Set(ResponseMode.allCases))
        #expect(Set(personas.map(\.stance)).count >= 4)
        for persona in personas {
            #expect(persona.problems.count >= 3, "\(persona.id)")
            for problem in persona.problems {
                #expect(problem.implications.count >= 2, "\(persona.id).\(problem.id)")
                #expect(!problem.need.isEmpty && !problem.benefit.isEmpty)
            }
            #expect(persona.scripts.allSatisfy { Self.library.script(id: $0)?.language == language })
        }
    }
}
