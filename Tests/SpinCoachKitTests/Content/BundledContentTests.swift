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
        // Chinese has a seventh buyer: the finance and purchasing head (seed 000's 采购人).
        #expect(personas.count >= (language == .chinese ? 7 : 6))
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

    /// The buyer still finds what to say by its cues, so every fact, problem and
    /// consequence must be reachable from some question of its own scripts.
    @Test(arguments: ContentLanguage.allCases)
    func personaCuesLineUpWithTheirScripts(language: ContentLanguage) {
        for persona in Self.library.personas where persona.language == language {
            let questions = persona.scripts.compactMap { Self.library.script(id: $0) }.flatMap(\.questions)
            func asked(_ section: ScriptSection, _ cues: [String]) -> Bool {
                let patterns = cues.map(CuePattern.init(personaCue:))
                return questions.filter { $0.section == section }.contains { question in
                    ([question.text] + question.variants.values).contains { text in
                        let tokens = Tokenizer.tokenize(text)
                        return patterns.contains { $0.matches(tokens) }
                    }
                }
            }
            for fact in persona.facts {
                #expect(asked(.situation, fact.cues), "\(persona.id): no situation question asks for \(fact.id)")
            }
            for problem in persona.problems {
                #expect(asked(.problem, problem.cues), "\(persona.id): no problem question touches \(problem.id)")
                for (index, implication) in problem.implications.enumerated() {
                    #expect(
                        asked(.implication, implication.cues),
                        "\(persona.id): no implication question develops \(problem.id)[\(index)]")
                }
            }
        }
    }

    @Test func theChineseEconomicBuyersIncludeFinanceAndPurchasing() throws {
        let buyer = try #require(Self.library.persona(id: "qian-lihua"))
        #expect(buyer.role == .economic)
        let colleagues = Self.library.personas.filter { $0.id != buyer.id && $0.scripts.contains("erp-upgrade") }
        #expect(!colleagues.isEmpty)
        #expect(colleagues.allSatisfy { $0.disc.primary != buyer.disc.primary && $0.stance != buyer.stance })
    }
}
