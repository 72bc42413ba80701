import Foundation

// The glossary: what the interface calls each term in a language other than English.
extension ContentLanguage {
    /// The languages whose interface labels come from a glossary file; English ones live in the code.
    static let glossaryLanguages: [ContentLanguage] = [.chinese]
}

extension ContentLibrary {
    /// The interface's labels in `language`, from the glossary this content was loaded with.
    public func terms(for language: ContentLanguage) -> Terms {
        Terms(language: language, glossary: glossaries[language] ?? Glossary())
    }

    /// `Scripts/glossary/<language>.glossary` from the first folder that has one: a glossary
    /// is signed off whole, so a trainer's copy replaces the bundled file rather than patching it.
    mutating func loadGlossaries() {
        for language in ContentLanguage.glossaryLanguages where languages.contains(language) {
            let relative = "Scripts/glossary/\(language.rawValue).glossary"
            guard let url = roots.map({ $0.appending(path: relative) }).first(where: Self.exists) else {
                let needed =
                    scripts.contains { $0.language == language } || personas.contains { $0.language == language }
                if needed {
                    diagnostics.append(
                        Diagnostic(
                            message: "no \(language.rawValue) glossary: the \(language.rawValue) interface needs "
                                + "\(relative) in a content folder"))
                }
                continue
            }
            filesRead += 1
            do {
                let glossary = Glossary(parsing: try Self.readText(url), file: url.path)
                diagnostics += glossary.diagnostics
                glossaries[language] = glossary
            } catch {
                diagnostics += error.diagnostics
            }
        }
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    static func checkGlossary(_ url: URL) -> [Diagnostic] {
        do {
            return Glossary(parsing: try readText(url), file: url.path).diagnostics
        } catch {
            return error.diagnostics
        }
    }
}
