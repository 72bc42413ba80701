import SpinCoachKit

/// How `scripts list` and `personas list` answer: JSON for every entry, else a table,
/// else a note that there are none (in the language asked for, or at all).
enum ContentListing {
    static func show<Entry, Summary: Encodable>(
        _ entries: [Entry], kind: String, lang: ContentLanguage?, json: Bool, summary: (Entry) -> Summary,
        table: ([Entry]) -> TextTable
    ) throws {
        if json {
            try Console.json(entries.map(summary))
            return
        }
        guard !entries.isEmpty else {
            Console.note(lang.map { "no \(kind) in \($0.rawValue)" } ?? "no \(kind) found; run `spincoach check`")
            return
        }
        Console.show(table(entries))
    }
}
