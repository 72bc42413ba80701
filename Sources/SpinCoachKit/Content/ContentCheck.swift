import Foundation

// `spincoach check PATH…`: the given files on their own, as one folder's.
extension ContentLibrary {
    /// Checks exactly the given files, resolving persona script links against `library`.
    /// The files are taken as one folder's: two of them with the same id clash.
    public static func check(files: [URL], against library: ContentLibrary?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var scriptIDs = Dictionary((library?.scripts ?? []).map { ($0.id, $0.language) }) { first, _ in first }
        var seen: [String: SourcePosition] = [:]
        func clash(_ kind: String, id: String, at origin: SourcePosition) -> Diagnostic? {
            guard let existing = seen["\(kind) \(id)"] else {
                seen["\(kind) \(id)"] = origin
                return nil
            }
            return duplicate(kind: kind, id: id, at: origin, existing: existing)
        }
        let scriptFiles = files.filter { $0.pathExtension == "spin" }
        var checkedScripts: [Script] = []
        for url in scriptFiles {
            let result = loadScript(url, language: folderLanguage(of: url))
            diagnostics += result.diagnostics
            if let script = result.value {
                checkedScripts.append(script)
                scriptIDs[script.id] = script.language
                if let clash = clash("script", id: script.id, at: script.origin) { diagnostics.append(clash) }
            }
        }
        for url in files where url.pathExtension == "cues" {
            var book = CueBook(
                language: ContentLanguage(rawValue: url.deletingPathExtension().lastPathComponent) ?? .english)
            diagnostics += loadCues(url, into: &book)
        }
        for url in files where url.pathExtension == "tsv" {
            let language = ContentLanguage(rawValue: String(url.lastPathComponent.prefix { $0 != "." })) ?? .english
            do {
                _ = try GoldSet(parsing: try readText(url), file: url.path, language: language)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        for url in files where url.pathExtension == "lex" {
            var lexicon = ConceptLexicon(
                language: ContentLanguage(rawValue: url.deletingPathExtension().lastPathComponent) ?? .english)
            diagnostics += loadLexicon(url, into: &lexicon)
        }
        for url in files where url.pathExtension == "glossary" {
            diagnostics += checkGlossary(url)
        }
        for url in files where url.pathExtension == "call" {
            do {
                let call = try loadAnnotatedCall(url)
                if let persona = library?.persona(id: call.persona) { diagnostics += call.check(against: persona) }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        for url in files where url.pathExtension == "assess" {
            do {
                _ = try loadAssessment(url)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        for url in files where !contentExtensions.contains(url.pathExtension) {
            diagnostics.append(
                Diagnostic(
                    file: url.path, line: 1, column: 1,
                    message: "not a content file: expected .spin, .yaml, .cues, .tsv, .lex, .call, .assess or .glossary"
                ))
        }
        var checkedPersonas: [Persona] = []
        for url in files where url.pathExtension == "yaml" || url.pathExtension == "yml" {
            let result = loadPersona(url, language: folderLanguage(of: url), knownScripts: scriptIDs)
            diagnostics += result.diagnostics
            if let persona = result.value {
                checkedPersonas.append(persona)
                if let clash = clash("persona", id: persona.id, at: persona.origin) { diagnostics.append(clash) }
            }
        }
        // A checked persona stands in for the library's of the same id.
        let personas =
            checkedPersonas
            + (library?.personas ?? []).filter { persona in !checkedPersonas.contains { $0.id == persona.id } }
        for script in checkedScripts { diagnostics += script.probeDiagnostics(personas: personas) }
        return diagnostics
    }

    static func duplicate(kind: String, id: String, at origin: SourcePosition, existing: SourcePosition)
        -> Diagnostic
    {
        Diagnostic(
            file: origin.file, line: origin.line, column: origin.column,
            message: "duplicate \(kind) id '\(id)' (also in \(existing.file))")
    }
}
