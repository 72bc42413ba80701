/// A readable, full description of a persona for `personas show`.
public struct PersonaCard {
    public var persona: Persona

    public init(persona: Persona) {
        self.persona = persona
    }

    public func render() -> String {
        let language = persona.language
        let zh = language == .chinese
        func label(_ english: String, _ chinese: String) -> String { zh ? chinese : english }
        var disc = language.name(of: persona.disc.primary)
        if let secondary = persona.disc.secondary {
            disc += label(", secondary ", "，次要 ") + language.name(of: secondary)
        }
        let fields = [
            (label("Title", "职务"), persona.title),
            (label("Company", "公司"), persona.company),
            (label("Industry", "行业"), persona.industry),
            ("DISC", disc),
            (label("Role", "角色"), language.name(of: persona.role)),
            (label("Stance", "立场"), language.name(of: persona.stance)),
            (label("Mode", "反应模式"), language.name(of: persona.mode)),
            (label("Patience", "耐心"), "\(persona.patience)/10"),
            (label("Scripts", "话术脚本"), persona.scripts.joined(separator: ", ")),
        ]
        let labelWidth = fields.map { TerminalText.width($0.0) }.max() ?? 0
        var lines = ["\(persona.name) (\(persona.id))"]
        lines += fields.filter { !$0.1.isEmpty }.map { "  \(TerminalText.padded($0.0, to: labelWidth))  \($0.1)" }
        if let background = persona.background { lines += ["", "  \(background)"] }
        lines += ["", label("Opening", "开场") + ": \(persona.opening)", "", label("Facts", "事实") + ":"]
        lines += persona.facts.map { "  - \($0.id) [\($0.cues.joined(separator: ", "))]: \($0.say)" }
        lines += ["", label("Problems", "难点") + ":"]
        for problem in persona.problems {
            lines.append("  - \(problem.id) [\(problem.cues.joined(separator: ", "))]")
            if let deny = problem.deny { lines.append("      " + label("first says", "先说") + ": \(deny)") }
            lines.append("      " + label("admits", "承认") + ": \(problem.admit)")
            for implication in problem.implications {
                lines.append(
                    "      " + label("implication", "暗示") + " [\(implication.cues.joined(separator: ", "))]: "
                        + implication.say)
            }
            lines.append("      " + label("explicit need", "明确需求") + ": \(problem.need)")
            lines.append("      " + label("benefit", "效益") + ": \(problem.benefit)")
        }
        lines += ["", label("Personal interests", "个人利益") + ":"]
        lines += persona.interests.wins.map { "  + \($0)" }
        lines += persona.interests.fears.map { "  - \($0)" }
        lines += ["", label("Objections", "异议") + ":"]
        lines += persona.objections.map { "  (\($0.when.rawValue)) \($0.say)" }
        return lines.joined(separator: "\n")
    }
}
