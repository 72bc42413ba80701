/// A readable, full description of a persona for `personas show`.
public struct PersonaCard {
    public var persona: Persona

    public init(persona: Persona) {
        self.persona = persona
    }

    public func render() -> String {
        let language = persona.language
        var disc = language.name(of: persona.disc.primary)
        if let secondary = persona.disc.secondary {
            disc += language.text(", secondary ", "，次要 ") + language.name(of: secondary)
        }
        let fields = [
            (language.text("Title", "职务"), persona.title),
            (language.text("Company", "公司"), persona.company),
            (language.text("Industry", "行业"), persona.industry),
            ("DISC", disc),
            (language.text("Role", "角色"), language.name(of: persona.role)),
            (language.text("Stance", "立场"), language.name(of: persona.stance)),
            (language.text("Mode", "反应模式"), language.name(of: persona.mode)),
            (language.text("Patience", "耐心"), "\(persona.patience)/10"),
            (language.text("Scripts", "话术脚本"), persona.scripts.joined(separator: ", ")),
        ]
        let labelWidth = fields.map { TerminalText.width($0.0) }.max() ?? 0
        var lines = ["\(persona.name) (\(persona.id))"]
        lines += fields.filter { !$0.1.isEmpty }.map { "  \(TerminalText.padded($0.0, to: labelWidth))  \($0.1)" }
        if let background = persona.background { lines += ["", "  \(background)"] }
        lines += ["", language.text("Opening", "开场") + ": \(persona.opening)", "", language.text("Facts", "事实") + ":"]
        lines += persona.facts.map { "  - \($0.id) [\($0.cues.joined(separator: ", "))]: \($0.say)" }
        lines += ["", language.text("Problems", "难点") + ":"]
        for problem in persona.problems {
            lines.append("  - \(problem.id) [\(problem.cues.joined(separator: ", "))]")
            if let deny = problem.deny { lines.append("      " + language.text("first says", "先说") + ": \(deny)") }
            lines.append("      " + language.text("admits", "承认") + ": \(problem.admit)")
            for implication in problem.implications {
                lines.append(
                    "      " + language.text("implication", "暗示") + " [\(implication.cues.joined(separator: ", "))]: "
                        + implication.say)
            }
            lines.append("      " + language.text("explicit need", "明确需求") + ": \(problem.need)")
            lines.append("      " + language.text("benefit", "效益") + ": \(problem.benefit)")
        }
        lines += ["", language.text("Personal interests", "个人利益") + ":"]
        lines += persona.interests.wins.map { "  + \($0)" }
        lines += persona.interests.fears.map { "  - \($0)" }
        lines += ["", language.text("Objections", "异议") + ":"]
        lines += persona.objections.map { "  (\($0.when.rawValue)) \($0.say)" }
        return lines.joined(separator: "\n")
    }
}
