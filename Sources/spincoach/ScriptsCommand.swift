import ArgumentParser
import SpinCoachKit

struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List question scripts.",
        subcommands: [ListCommand<Script>.self],
        defaultSubcommand: ListCommand<Script>.self
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
}

extension Script: ListedContent {
    static let pluralName = "scripts"
    static let partsToLoad: ContentLibrary.Parts = []

    static func entries(in library: ContentLibrary) -> [Script] { library.scripts }

    static func table(_ scripts: [Script]) -> TextTable {
        let rows = scripts.map { script in
            [script.id, script.language.rawValue, "\(script.questions.count)", script.industry, script.title]
        }
        return TextTable(headers: ["ID", "LANG", "QUESTIONS", "INDUSTRY", "TITLE"], rows: rows)
    }

    var jsonSummary: ScriptsCommand.Summary {
        var counts: [String: Int] = [:]
        for section in ScriptSection.allCases {
            counts[section.rawValue] = questions(in: section).count
        }
        return ScriptsCommand.Summary(
            id: id, language: language.rawValue, title: title, industry: industry, tags: tags, questions: counts,
            file: origin.file)
    }
}

extension ContentLanguage: ExpressibleByArgument {}
