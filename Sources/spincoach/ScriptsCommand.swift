import ArgumentParser
import SpinCoachKit

struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List question scripts.",
        subcommands: [List.self],
        defaultSubcommand: List.self
    )

    struct Summary: Encodable {
        var id: String
        var language: String
        var title: String
        var industry: String
        var tags: [String]
        var questions: [String: Int]
        var file: String
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the scripts available.")

        @OptionGroup var content: ContentOptions
        @Option(help: "Only scripts in this language (en or zh).") var lang: ContentLanguage?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let scripts = content.loadLibrary([]).scripts.filter { lang == nil || $0.language == lang }
            try ContentListing.show(scripts, kind: "scripts", lang: lang, json: json, summary: summary) {
                let rows = $0.map { script in
                    [script.id, script.language.rawValue, "\(script.questions.count)", script.industry, script.title]
                }
                return TextTable(headers: ["ID", "LANG", "QUESTIONS", "INDUSTRY", "TITLE"], rows: rows)
            }
        }

        func summary(_ script: Script) -> Summary {
            var counts: [String: Int] = [:]
            for section in ScriptSection.allCases {
                counts[section.rawValue] = script.questions(in: section).count
            }
            return Summary(
                id: script.id, language: script.language.rawValue, title: script.title,
                industry: script.industry, tags: script.tags, questions: counts, file: script.origin.file)
        }
    }
}

extension ContentLanguage: ExpressibleByArgument {}
