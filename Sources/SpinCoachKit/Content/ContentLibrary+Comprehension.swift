import Foundation

// Concept lexicons and annotated calls: what the buyer understands by, and how that is measured.
extension ContentLibrary {
    static func loadLexicon(_ url: URL, into lexicon: inout ConceptLexicon) -> [Diagnostic] {
        do {
            return lexicon.add(parsing: try readText(url), file: url.path)
        } catch {
            return error.diagnostics
        }
    }

    static func loadAnnotatedCall(_ url: URL) throws(ContentError) -> AnnotatedCall {
        try AnnotatedCall(parsing: readText(url), file: url.path)
    }

    /// The annotated calls in `Scripts/gold/calls/<language>/<part>/` of the first folder that has
    /// them, and every problem in them (a bad file is left out, the rest still measured).
    public func loadAnnotatedCalls(language: ContentLanguage, part: String) -> (
        calls: [AnnotatedCall], diagnostics: [Diagnostic]
    ) {
        for root in roots {
            let folder = root.appending(path: "Scripts/gold/calls/\(language.rawValue)/\(part)")
            let files = Self.files(in: folder, extensions: ["call"])
            guard !files.isEmpty else { continue }
            var calls: [AnnotatedCall] = []
            var diagnostics: [Diagnostic] = []
            for url in files {
                do {
                    let call = try Self.loadAnnotatedCall(url)
                    if let persona = persona(id: call.persona) {
                        diagnostics += call.check(against: persona)
                        calls.append(call)
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                file: url.path, line: 1, column: 1, message: "no persona has the id '\(call.persona)'"))
                    }
                } catch {
                    diagnostics += error.diagnostics
                }
            }
            return (calls, diagnostics)
        }
        return ([], [])
    }
}
