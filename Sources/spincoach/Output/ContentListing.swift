import ArgumentParser
import SpinCoachKit

/// A kind of content that `spincoach <kind> list` shows.
protocol ListedContent {
    associatedtype Summary: Encodable
    /// The plural that help and notes name: `personas`, `scripts`.
    static var pluralName: String { get }
    static var partsToLoad: ContentLibrary.Parts { get }
    static func entries(in library: ContentLibrary) -> [Self]
    static func table(_ entries: [Self]) -> TextTable
    var language: ContentLanguage { get }
    /// What `--json` prints for the entry.
    var jsonSummary: Summary { get }
}

/// `scripts list` and `personas list`: JSON for every entry, else a table, else a note that
/// there are none (in the language asked for, or at all).
struct ListCommand<Entry: ListedContent>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: "List the \(Entry.pluralName) available.")
    }

    @OptionGroup var content: ContentOptions
    @Option(help: "Only \(Entry.pluralName) in this language (en or zh).") var lang: ContentLanguage?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let entries = Entry.entries(in: content.loadLibrary(Entry.partsToLoad)).filter {
            lang == nil || $0.language == lang
        }
        if json {
            try Console.json(entries.map(\.jsonSummary))
            return
        }
        guard !entries.isEmpty else {
            Console.note(
                lang.map { "no \(Entry.pluralName) in \($0.rawValue)" }
                    ?? "no \(Entry.pluralName) found; run `spincoach check`")
            return
        }
        Console.show(Entry.table(entries))
    }
}
