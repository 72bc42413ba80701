/// A readable, full description of a persona for `personas show`, laid out to a width.
/// Field names come from the glossary, in the persona's language.
public struct PersonaCard {
    public var persona: Persona
    public var terms: Terms

    /// `terms` are the persona's language's (`ContentLibrary.terms(for: persona.language)`).
    public init(persona: Persona, terms: Terms) {
        self.persona = persona
        self.terms = terms
    }

    public func render(width: Int) -> String {
        var disc = terms.name(of: persona.disc.primary)
        if let secondary = persona.disc.secondary {
            disc +=
                terms.text(", secondary ", "；" + terms.field("", .disc(.secondary))) + terms.name(of: secondary)
        }
        let fields = [
            [terms.term("Title", .persona(.title)), persona.title],
            [terms.term("Company", .persona(.company)), persona.company],
            [terms.term("Industry", .persona(.industry)), persona.industry],
            [terms.term("DISC", .disc(.disc)), disc],
            [terms.term("Role", .heading(.role)), terms.name(of: persona.role)],
            [terms.term("Stance", .heading(.stance)), terms.name(of: persona.stance)],
            [terms.term("Mode", .heading(.mode)), terms.name(of: persona.mode)],
            [terms.term("Patience", .persona(.patience)), "\(persona.patience)/10"],
            [terms.term("Scripts", .persona(.scripts)), persona.scripts.joined(separator: terms.listSeparator)],
        ]
        var blocks = [
            TextLayout.wrap(persona.name + terms.parenthesized(persona.id), width: width),
            TextLayout.table(TextTable(rows: fields.filter { !$0[1].isEmpty }, indent: 2), width: width),
        ]
        if let background = persona.background { blocks.append(TextLayout.wrap(background, width: width, indent: 2)) }
        blocks.append(
            TextLayout.wrap(terms.field("Opening", .persona(.opening)) + persona.opening, width: width, hanging: 2))
        blocks.append(
            section(
                terms.term("Facts", .persona(.facts)),
                persona.facts.map { $0.id + cues($0.cues) + terms.colon + $0.say }, width: width))
        blocks.append(
            heading(terms.term("Problems", .persona(.problems))) + "\n"
                + persona.problems.map { problem($0, width: width) }.joined(separator: "\n"))
        let interests = persona.interests.wins.map { "+ " + $0 } + persona.interests.fears.map { "- " + $0 }
        blocks.append(
            heading(terms.term("Personal interests", .persona(.interests))) + "\n"
                + interests.map { TextLayout.wrap($0, width: width, indent: 2, hanging: 4) }.joined(separator: "\n"))
        blocks.append(
            section(
                terms.term("Objections", .persona(.objections)),
                persona.objections.map { objection in
                    terms.text("(\(objection.when.rawValue)) ", "（\(terms.name(of: objection.when))）") + objection.say
                },
                width: width))
        return blocks.joined(separator: "\n\n")
    }

    private func heading(_ text: String) -> String {
        text + terms.text(":", "：")
    }

    /// ` [jam, breakdown]`; in Chinese `（线索词：停机、故障）`, since ASCII brackets do not sit in Chinese text.
    private func cues(_ cues: [String]) -> String {
        terms.text(
            " [\(cues.joined(separator: ", "))]",
            "（" + terms.field("", .persona(.cues)) + cues.joined(separator: terms.listSeparator) + "）")
    }

    /// A section heading and its items, each item's later lines hanging under its text.
    private func section(_ title: String, _ items: [String], width: Int) -> String {
        heading(title) + "\n" + TextLayout.list(items, width: width, style: .bullet("-"), indent: 2)
    }

    /// A problem's id and cues, then what the buyer says at each step, indented under it.
    private func problem(_ problem: PersonaProblem, width: Int) -> String {
        var steps: [String] = []
        if let deny = problem.deny { steps.append(terms.field("first says", .persona(.deny)) + deny) }
        steps.append(terms.field("admits", .persona(.admit)) + problem.admit)
        for implication in problem.implications {
            steps.append(
                terms.term("implication", .spin(.implicationItem)) + cues(implication.cues) + terms.colon
                    + implication.say)
        }
        steps.append(terms.field("explicit need", .spin(.explicitNeed)) + problem.need)
        steps.append(terms.field("benefit", .persona(.benefit)) + problem.benefit)
        let title = TextLayout.list([problem.id + cues(problem.cues)], width: width, indent: 2)
        return ([title] + steps.map { TextLayout.wrap($0, width: width, indent: 6, hanging: 8) }).joined(
            separator: "\n")
    }
}
