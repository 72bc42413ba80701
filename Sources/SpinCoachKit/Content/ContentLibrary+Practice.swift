import Foundation

// What a practice call reads before its first prompt: one language's content when the
// call's language is known before anything is parsed, since parsing is most of the start-up.
extension ContentLibrary {
    /// The content for a practice call with the buyer `persona`, the script `script` and
    /// the language `language`, each when asked for: only the buyer's language when that
    /// is known before reading (the language asked for, or the only one whose persona files
    /// mention the persona asked for), else all of it. A narrowed library that lacks the
    /// persona or script asked for gives way to the whole one, so a mistyped id or one of
    /// another language is reported with every id there is, as before.
    public static func forPractice(
        roots: [URL], persona: String?, script: String?, language: ContentLanguage?
    ) -> ContentLibrary {
        guard let only = language ?? persona.flatMap({ onlyPersonaLanguage(mentioning: $0, in: roots) }) else {
            return ContentLibrary(roots: roots)
        }
        let narrowed = ContentLibrary(roots: roots, languages: [only])
        let lacksPersona = persona.map { narrowed.persona(id: $0) == nil } ?? false
        let lacksScript = script.map { narrowed.script(id: $0) == nil } ?? false
        return lacksPersona || lacksScript ? ContentLibrary(roots: roots) : narrowed
    }

    /// The language a persona with this id must be in: the only one whose persona files, in
    /// any folder, contain the id at all; nil when none or several do. A look for the bytes is
    /// far cheaper than parsing, and misses a persona only if its file spells the id in YAML escapes.
    static func onlyPersonaLanguage(mentioning id: String, in roots: [URL]) -> ContentLanguage? {
        guard !id.isEmpty else { return nil }
        let needle = Data(id.utf8)
        let mentioning = ContentLanguage.allCases.filter { language in
            roots.contains { root in
                files(in: root.appending(path: "Personas/\(language.rawValue)"), extensions: ["yaml", "yml"])
                    .contains { (try? Data(contentsOf: $0))?.range(of: needle) != nil }
            }
        }
        return mentioning.count == 1 ? mentioning[0] : nil
    }

    /// The script a call with `buyer` draws on when none is named: the buyer's own first one
    /// that is here in its language, else the first script in its language.
    public func defaultScript(for buyer: Persona) -> Script? {
        buyer.scripts.compactMap(script(id:)).first { $0.language == buyer.language }
            ?? scripts.first { $0.language == buyer.language }
    }
}
