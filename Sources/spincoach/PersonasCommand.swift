import ArgumentParser
import SpinCoachKit

struct PersonasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personas",
        abstract: "List and show buyer personas.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
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

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the personas available.")

        @OptionGroup var content: ContentOptions
        @Option(help: "Only personas in this language (en or zh).") var lang: ContentLanguage?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let personas = content.loadLibrary(.personas).personas.filter { lang == nil || $0.language == lang }
            try ContentListing.show(personas, kind: "personas", lang: lang, json: json, summary: summary) {
                let rows = $0.map { persona in
                    [
                        persona.id, persona.language.rawValue, persona.disc.label,
                        "\(persona.role.rawValue), \(persona.stance.rawValue), \(persona.mode.rawValue)",
                        "\(persona.name), \(persona.title)",
                    ]
                }
                return TextTable(headers: ["ID", "LANG", "DISC", "ROLE, STANCE, MODE", "WHO"], rows: rows)
            }
        }

        func summary(_ persona: Persona) -> Summary {
            Summary(
                id: persona.id, language: persona.language.rawValue, name: persona.name, title: persona.title,
                company: persona.company, disc: persona.disc, role: persona.role, stance: persona.stance,
                mode: persona.mode)
        }
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

extension DISCProfile {
    var label: String { primary.rawValue + (secondary.map { "/\($0.rawValue)" } ?? "") }
}
