import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct DrillCatalogTests {
    @Test func everyPersonaLineBecomesARoundWithAStableID() throws {
        let library = try DrillFixtures.library()
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        let items = DrillCatalog.items(from: library, language: .english)
        #expect(
            items.map(\.id) == [
                "spin.maria-keller.fact.lines", "spin.maria-keller.guarded.downtime",
                "spin.maria-keller.problem.downtime", "spin.maria-keller.consequence.downtime.1",
                "spin.maria-keller.consequence.downtime.2",
                // The pitch objection ("Everyone says …") has an I cue and no D cue, so it is left out.
                "disc.maria-keller.opening", "disc.maria-keller.deflection.1", "disc.maria-keller.deflection.2",
                "fab.payoff.maria-keller.downtime", "fab.benefit.maria-keller.downtime",
            ])
        // Loading the same content again gives the same ids, which the schedule relies on.
        #expect(DrillCatalog.items(from: try DrillFixtures.library(), language: .english).map(\.id) == items.map(\.id))
        #expect(DrillCatalog.items(from: library, language: .chinese).isEmpty)
    }

    @Test func eachBuyerLineAsksForTheQuestionThatShouldFollowIt() throws {
        let items = DrillCatalog.items(from: try DrillFixtures.library(), language: .english)
        func item(_ id: String) throws -> DrillItem { try #require(items.first { $0.id == id }) }
        let fact = try item("spin.maria-keller.fact.lines")
        #expect(fact.buyerLine == "Three lines, two shifts.")
        #expect(fact.task == .question(.problem, topic: DrillTopic(persona: "maria-keller", item: .fact("lines"))))
        // No problem question names lines or shifts, so the one built on situation.lines (after:) is the model.
        #expect(fact.model == "Is the crew stretched thin?")
        let guarded = try item("spin.maria-keller.guarded.downtime")
        #expect(guarded.buyerLine == "We manage, mostly." && guarded.lineKind == .guarded)
        #expect(guarded.model == "Which line stops more often than you would like?")
        let problem = try item("spin.maria-keller.problem.downtime")
        #expect(
            problem.task
                == .question(.implication, topic: DrillTopic(persona: "maria-keller", item: .problem("downtime"))))
        #expect(problem.model == "When line two stops, what happens to the orders waiting on it?")
        let consequence = try item("spin.maria-keller.consequence.downtime.2")
        #expect(consequence.buyerLine == "We pay overtime to catch up.")
        #expect(consequence.model == "How useful would it be to see a stop coming a few days ahead?")
    }

    @Test func fabRoundsWorkFromTheScriptsOfferAndTheStatedNeed() throws {
        let items = DrillCatalog.items(from: try DrillFixtures.library(), language: .english)
        let payoff = try #require(items.first { $0.id == "fab.payoff.maria-keller.downtime" })
        #expect(payoff.features == "Vibration sensors that warn of a failing machine days ahead.")
        #expect(
            payoff.task
                == .question(.needPayoff, topic: DrillTopic(persona: "maria-keller", item: .problem("downtime"))))
        let benefit = try #require(items.first { $0.id == "fab.benefit.maria-keller.downtime" })
        #expect(benefit.task == .benefit(need: "I need to see a stop coming."))
        // The gold benefit whose need shares the most topic words, not the first one in the file.
        #expect(benefit.model == "Our sensors warn you days ahead, so you see a stop coming as you asked.")
    }

    @Test func discRoundsKeepOnlyLinesWhoseCuesDoNotPointElsewhere() throws {
        let library = try DrillFixtures.library()
        let persona = try #require(library.persona(id: "maria-keller"))
        var mixed = persona
        mixed.deflections = [
            "Show me the data, the exact figures and the documentation.", "Just tell me the bottom line.",
        ]
        let ids = DrillCatalog.discItems(mixed).map(\.id)
        #expect(!ids.contains("disc.maria-keller.deflection.1"))
        #expect(ids.contains("disc.maria-keller.deflection.2"))
        let kept = try #require(DrillCatalog.discItems(mixed).first { $0.id == "disc.maria-keller.deflection.2" })
        #expect(kept.task == .style(.dominance, secondary: .conscientiousness))
        // The name would give the style away: it belongs to the persona, not to the line.
        #expect(kept.speaker == "The buyer")
        #expect(kept.model == "just tell me, bottom line")
    }

    @Test func theBundledContentGivesRoundsOfEverySkillInBothLanguages() {
        for language in ContentLanguage.allCases {
            let items = DrillCatalog.items(from: Bundled.library, language: language)
            for skill in DrillSkill.allCases {
                #expect(items.filter { $0.skill == skill }.count >= 10, "\(language) \(skill)")
            }
            #expect(Set(items.map(\.id)).count == items.count, "ids are unique")
            #expect(items.allSatisfy { $0.language == language })
            let spin = items.filter { $0.skill == .spin }
            #expect(Set(spin.compactMap(\.lineKind)) == Set(BuyerLineKind.allCases))
            // Most SPIN rounds find a model question in the persona's script.
            #expect(spin.filter { $0.model != nil }.count * 10 >= spin.count * 8, "\(language)")
        }
    }
}
