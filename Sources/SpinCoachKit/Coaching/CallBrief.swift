/// The coach's brief before a call: who the buyer is, what their style needs,
/// and the first questions to try.
public struct CallBrief {
    public let persona: Persona
    public let script: Script
    /// The persona's language's labels, from the glossary.
    public let terms: Terms
    /// The rep's own style against the buyer's (`RepStyleAdvice`), once they have taken `assess`.
    public var repStyle: String?
    /// The call's own suggester and buyer before its first line, when the brief is for a call
    /// set up already: a buyer costs an index to build, and the suggestions never read it.
    private let call: (suggester: QuestionSuggester, buyer: SimulatedBuyer)?

    public init(persona: Persona, script: Script, terms: Terms, repStyle: String? = nil) {
        self.persona = persona
        self.script = script
        self.terms = terms
        self.repStyle = repStyle
        call = nil
    }

    /// The brief for `call`, before it starts; the same as one from its persona, script and terms.
    public init(call: CallMachine, repStyle: String? = nil) {
        persona = call.persona
        script = call.script
        terms = call.terms
        self.repStyle = repStyle
        self.call = (call.suggester, call.freshBuyer)
    }

    /// Laid out for `width` columns: each line wraps with its later lines hanging under
    /// its text, do's, don'ts and first questions as lists.
    public func render(width: Int = .max) -> String {
        let language = persona.language
        let advice = DISCAdvice.advice(for: persona.disc.primary, language: language)
        func line(_ text: String) -> String { TextLayout.wrap(text, width: width, hanging: 2) }
        var blocks = [
            TextLayout.wrap(heading, width: width, hanging: 2),
            line(terms.field("You sell", .brief(.youSell)) + (script.offer ?? script.title)),
            line(
                terms.field("Role", .heading(.role)) + terms.name(of: persona.role) + terms.text("; ", "；")
                    + terms.field("stance", .heading(.stance)) + terms.name(of: persona.stance)
                    + terms.text("; ", "；") + terms.field("mode", .heading(.mode)) + terms.name(of: persona.mode)),
        ]
        if let background = persona.background {
            blocks.append(line(terms.field("What you know of the account", .brief(.account)) + background))
        }
        blocks.append(line(terms.name(of: persona.disc.primary) + terms.colon + advice.needs))
        blocks.append(TextLayout.list(advice.dos, width: width, style: .bullet("+"), indent: 2))
        blocks.append(TextLayout.list(advice.donts, width: width, style: .bullet("-"), indent: 2))
        if let repStyle { blocks.append(line(repStyle)) }
        blocks.append(line(terms.term("Try opening with", .brief(.tryOpening)) + terms.text(":", "：")))
        blocks.append(TextLayout.list(firstQuestions().map(\.text), width: width, style: .bullet("·"), indent: 2))
        blocks.append(line(terms.field("Commands", .brief(.commands)) + SlashCommand.commandLine(in: language)))
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The script's opening, then what the coach would suggest first, then a problem
    /// question on the buyer's first problem.
    private func firstQuestions() -> [SuggestedQuestion] {
        let (suggester, buyer) =
            call ?? (QuestionSuggester(script: script, persona: persona), SimulatedBuyer(persona: persona))
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
        return first
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
