/// A readable, full description of a persona for `personas show`, laid out to a width.
public struct PersonaCard {
    public var persona: Persona

    public init(persona: Persona) {
        self.persona = persona
    }

    public func render(width: Int) -> String {
        let language = persona.language
        var disc = language.name(of: persona.disc.primary)
        if let secondary = persona.disc.secondary {
            disc += language.text(", secondary ", "，次要 ") + language.name(of: secondary)
        }
        let fields = [
            [language.text("Title", "职务"), persona.title],
            [language.text("Company", "公司"), persona.company],
            [language.text("Industry", "行业"), persona.industry],
            ["DISC", disc],
            [language.text("Role", "角色"), language.name(of: persona.role)],
            [language.text("Stance", "立场"), language.name(of: persona.stance)],
            [language.text("Mode", "反应模式"), language.name(of: persona.mode)],
            [language.text("Patience", "耐心"), "\(persona.patience)/10"],
            [language.text("Scripts", "话术脚本"), persona.scripts.joined(separator: ", ")],
        ]
        var blocks = [
            TextLayout.wrap("\(persona.name) (\(persona.id))", width: width),
            TextLayout.table(TextTable(rows: fields.filter { !$0[1].isEmpty }, indent: 2), width: width),
        ]
        if let background = persona.background { blocks.append(TextLayout.wrap(background, width: width, indent: 2)) }
        let colon = language.text(": ", "：")
        blocks.append(
            TextLayout.wrap(language.text("Opening", "开场") + colon + persona.opening, width: width, hanging: 2))
        blocks.append(
            section(
                language.text("Facts", "事实"),
                persona.facts.map { "\($0.id) [\($0.cues.joined(separator: ", "))]\(colon)\($0.say)" }, width: width))
        blocks.append(
            heading(language.text("Problems", "难点")) + "\n"
                + persona.problems.map { problem($0, width: width) }.joined(separator: "\n"))
        let interests = persona.interests.wins.map { "+ " + $0 } + persona.interests.fears.map { "- " + $0 }
        blocks.append(
            heading(language.text("Personal interests", "个人利益")) + "\n"
                + interests.map { TextLayout.wrap($0, width: width, indent: 2, hanging: 4) }.joined(separator: "\n"))
        blocks.append(
            section(
                language.text("Objections", "异议"), persona.objections.map { "(\($0.when.rawValue)) \($0.say)" },
                width: width))
        return blocks.joined(separator: "\n\n")
    }

    private func heading(_ text: String) -> String {
        text + persona.language.text(":", "：")
    }

    /// A heading and its items, each item's later lines hanging under its text.
    private func section(_ title: String, _ items: [String], width: Int) -> String {
        heading(title) + "\n" + TextLayout.list(items, width: width, style: .bullet("-"), indent: 2)
    }

    /// A problem's id and cues, then what the buyer says at each step, indented under it.
    private func problem(_ problem: PersonaProblem, width: Int) -> String {
        let language = persona.language
        let colon = language.text(": ", "：")
        var steps: [String] = []
        if let deny = problem.deny { steps.append(language.text("first says", "先说") + colon + deny) }
        steps.append(language.text("admits", "承认") + colon + problem.admit)
        for implication in problem.implications {
            steps.append(
                language.text("implication", "暗示") + " [\(implication.cues.joined(separator: ", "))]" + colon
                    + implication.say)
        }
        steps.append(language.text("explicit need", "明确需求") + colon + problem.need)
        steps.append(language.text("benefit", "效益") + colon + problem.benefit)
        let title = TextLayout.list(
            ["\(problem.id) [\(problem.cues.joined(separator: ", "))]"], width: width, indent: 2)
        return ([title] + steps.map { TextLayout.wrap($0, width: width, indent: 6, hanging: 8) }).joined(
            separator: "\n")
    }
}
