import Testing

@testable import SpinCoachKit

@Suite struct ProposedStepsTests {
    static func steps(_ language: ContentLanguage) -> ProposedSteps {
        ProposedSteps(language: language, list: Bundled.library.steps[language])
    }

    func named(_ line: String, _ language: ContentLanguage = .english) -> [String] {
        Self.steps(language).named(in: Tokenizer.tokens(line))
    }

    @Test func recognisesTheStepTheRepProposes() {
        #expect(
            named("Would it make sense to put sensors on the corrugator for a four-week trial?") == ["run the pilot"])
        #expect(named("Shall we set up a visit to a plant like yours next month?") == ["visit the reference site"])
        #expect(named("Could you export twelve months of work orders?") == ["send you our data"])
        #expect(named("能不能先做个试点，跑一个月？", .chinese) == ["先做个试点"])
        #expect(named("要不要安排您带队过去参观一下？", .chinese) == ["安排一次参观"])
    }

    @Test func namesAtMostTheLastTwoStepsInTheOrderSaid() {
        #expect(
            named("A demo first, then a pilot on one line, and then we meet your finance director?")
                == ["run the pilot", "set up the meeting"])
    }

    @Test func anAcceptanceNamesTheProposedStepOrTheProposalAsAWhole() {
        let steps = Self.steps(.english)
        let template = "All right, let's {step}."
        #expect(
            steps.acceptance(template, tokens: Tokenizer.tokens("Can we book a demo for your team?"))
                == "All right, let's see the demo.")
        #expect(
            steps.acceptance(template, tokens: Tokenizer.tokens("So, where do we go from here?"))
                == "All right, let's do what you suggest.")
        #expect(
            Self.steps(.chinese).acceptance("行，那就{step}。", tokens: Tokenizer.tokens("先试点，再参观？"))
                == "行，那就先做个试点，再安排一次参观。")
        #expect(
            Self.steps(.chinese).acceptance("那就{step}。", tokens: Tokenizer.tokens("先约个时间汇报，再试点？"))
                == "那就约个时间当面谈，再做个试点。")
    }

    /// Only the acceptance names a step, and only in its {step}: refusals and deferrals never agree to one.
    @Test func noBundledBuyerNamesAStepItWasNotOffered() {
        for persona in Bundled.library.personas {
            let steps = Self.steps(persona.language)
            let lines =
                [
                    persona.closing.advance.replacingOccurrences(of: ProposedSteps.placeholder, with: ""),
                    persona.closing.continuation, persona.closing.noSale,
                ] + persona.objections(for: .commitment) + persona.objections(for: .pressure)
            for line in lines {
                #expect(steps.named(in: Tokenizer.tokens(line)).isEmpty, "\(persona.id): \(line)")
            }
        }
    }
}
