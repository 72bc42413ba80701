/// The coach's brief before a call: who the buyer is, what their style needs,
/// and the first questions to try.
public struct CallBrief {
    public var persona: Persona
    public var script: Script
    /// The persona's language's labels, from the glossary.
    public var terms: Terms
    /// The rep's own style against the buyer's (`RepStyleAdvice`), once they have taken `assess`.
    public var repStyle: String?

    public init(persona: Persona, script: Script, terms: Terms, repStyle: String? = nil) {
        self.persona = persona
        self.script = script
        self.terms = terms
        self.repStyle = repStyle
    }

    public func render() -> String {
        let language = persona.language
        let advice = DISCAdvice.advice(for: persona.disc.primary, language: language)
        var lines = [
            heading,
            terms.field("You sell", .brief(.youSell)) + (script.offer ?? script.title),
            terms.field("Role", .heading(.role)) + terms.name(of: persona.role) + terms.text("; ", "；")
                + terms.field("stance", .heading(.stance)) + terms.name(of: persona.stance) + terms.text("; ", "；")
                + terms.field("mode", .heading(.mode)) + terms.name(of: persona.mode),
        ]
        if let background = persona.background {
            lines.append(terms.field("What you know of the account", .brief(.account)) + background)
        }
        lines.append(terms.name(of: persona.disc.primary) + terms.colon + advice.needs)
        lines += advice.dos.map { "  + \($0)" }
        lines += advice.donts.map { "  - \($0)" }
        if let repStyle { lines.append(repStyle) }
        let suggester = QuestionSuggester(script: script, persona: persona)
        let buyer = SimulatedBuyer(persona: persona)
        var used = Set<String>()
        var first: [SuggestedQuestion] = []
        if let opening = script.questions(in: .opening).first {
            first.append(SuggestedQuestion(id: opening.id, text: opening.text(for: persona.disc.primary), hint: nil))
        }
        for _ in 0..<2 {
            guard let question = suggester.suggest(buyer: buyer, avoiding: used) else { break }
            used.insert(question.id)
            first.append(question)
        }
        let problem = persona.problems.first.flatMap { problem in
            script.questions(in: .problem).first { question in
                problem.cues.map(CuePattern.init(personaCue:)).contains {
                    $0.matches(Tokenizer.tokens(question.text(for: persona.disc.primary)))
                }
            }
        }
        if let problem, !used.contains(problem.id) {
            first.append(SuggestedQuestion(id: problem.id, text: problem.text(for: persona.disc.primary), hint: nil))
        }
        lines.append(terms.term("Try opening with", .brief(.tryOpening)) + terms.text(":", "："))
        lines += first.map { "  · \($0.text)" }
        lines.append(terms.field("Commands", .brief(.commands)) + SlashCommand.commandLine(in: language))
        return lines.joined(separator: "\n")
    }

    /// Who the buyer is. Chinese follows the glossary's heading rule: 姓名，单位职务, the
    /// industry as its own item, so titles and industries that carry their own （） never nest.
    var heading: String {
        persona.language == .chinese
            ? "\(persona.name)，\(persona.company)\(persona.title)；"
                + terms.field("", .persona(.industry)) + persona.industry
            : "\(persona.name), \(persona.title) · \(persona.company) (\(persona.industry))"
    }
}
