import ArgumentParser
import SpinCoachKit

struct PersonasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personas",
        abstract: "List and show buyer personas.",
        subcommands: [ListCommand<Persona>.self, Show.self],
        defaultSubcommand: ListCommand<Persona>.self
    )

    struct Summary: Encodable {
        var id: String
        var language: String
        var name: String
        var title: String
        var company: String
        var disc: DISCProfile
        var role: BuyingRole
        var stance: Stance
        var mode: ResponseMode
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one persona in full.")

        @OptionGroup var content: ContentOptions
        @Argument(help: "The persona's id (see `spincoach personas list`).") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let library = content.loadLibrary(.personas)
            let persona = try library.requirePersona(id)
            if json {
                try Console.json(persona)
            } else {
                Console.out(
                    PersonaCard(persona: persona, terms: library.terms(for: persona.language)).render(
                        width: Console.width()))
            }
        }
    }
}

extension Persona: ListedContent {
    static let pluralName = "personas"
    static let partsToLoad = ContentLibrary.Parts.personas

    static func entries(in library: ContentLibrary) -> [Persona] { library.personas }

    static func table(_ personas: [Persona]) -> TextTable {
        let rows = personas.map { persona in
            [
                persona.id, persona.language.rawValue, persona.disc.label,
                "\(persona.role.rawValue), \(persona.stance.rawValue), \(persona.mode.rawValue)",
                "\(persona.name), \(persona.title)",
            ]
        }
        return TextTable(headers: ["ID", "LANG", "DISC", "ROLE, STANCE, MODE", "WHO"], rows: rows)
    }

    var jsonSummary: PersonasCommand.Summary {
        PersonasCommand.Summary(
            id: id, language: language.rawValue, name: name, title: title, company: company, disc: disc, role: role,
            stance: stance, mode: mode)
    }
}

extension DISCProfile {
    var label: String { primary.rawValue + (secondary.map { "/\($0.rawValue)" } ?? "") }
}
