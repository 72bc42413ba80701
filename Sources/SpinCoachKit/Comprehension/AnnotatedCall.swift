/// A practice call written by a rep from the pre-call brief alone, each line
/// tagged by someone who knows the persona with what the line is about
/// (`Scripts/gold/calls/<lang>/<part>/*.call`; format in Scripts/gold/calls/README.md).
/// Replaying it measures whether the buyer understands a rep's own words.
public struct AnnotatedCall: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        /// Nil for `none`: nothing the persona can tell.
        public var about: PersonaItem?
        public var text: String
        public var line: Int
    }

    public var file: String
    public var persona: String
    public var seed: UInt64
    public var lines: [Line]

    public init(parsing text: String, file: String) throws(ContentError) {
        self.file = file
        var persona: String?
        var seed: UInt64 = 1
        var lines: [Line] = []
        var diagnostics: [Diagnostic] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let content = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            func problem(_ column: Int, _ message: String) {
                diagnostics.append(Diagnostic(file: file, line: number, column: column, message: message))
            }
            if content.trimmingCharacters(in: .whitespaces).isEmpty || content.hasPrefix("#") { continue }
            guard let tab = content.firstIndex(of: "\t") else {
                if let value = Self.header("persona", in: content) {
                    persona = value
                } else if let value = Self.header("seed", in: content) {
                    if let parsed = UInt64(value) {
                        seed = parsed
                    } else {
                        problem(7, "seed must be a whole number 0 or more, not '\(value)'")
                    }
                } else {
                    problem(1, "expected `TAG<TAB>line`, `persona: ID` or `seed: N`")
                }
                continue
            }
            let tag = String(content[..<tab])
            let said = String(content[content.index(after: tab)...]).trimmingCharacters(in: .whitespaces)
            if said.isEmpty {
                problem(tag.count + 2, "the rep's line after the tab is empty")
                continue
            }
            if tag == "none" {
                lines.append(Line(about: nil, text: said, line: number))
            } else if tag == "?" {
                problem(1, "not annotated yet: replace `?` with fact:ID, problem:ID, implication:ID.N, need:ID or none")
            } else if let item = PersonaItem(tag) {
                lines.append(Line(about: item, text: said, line: number))
            } else {
                problem(
                    1, "unknown tag '\(tag)': expected fact:ID, problem:ID, implication:ID.N (from 1), need:ID or none")
            }
        }
        if persona == nil {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "no `persona: ID` line"))
        }
        if lines.isEmpty, persona != nil, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "the call has no rep lines"))
        }
        guard diagnostics.isEmpty, let persona else { throw ContentError(diagnostics) }
        self.persona = persona
        self.seed = seed
        self.lines = lines
    }

    static func header(_ key: String, in line: String) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
    }

    /// Problems with the tags against the persona: ids it does not have, pinned to their lines.
    public func check(against persona: Persona) -> [Diagnostic] {
        let known = Set(PersonaItem.all(in: persona))
        return lines.compactMap { line in
            guard let item = line.about, !known.contains(item) else { return nil }
            return Diagnostic(
                file: file, line: line.line, column: 1,
                message: "persona \(persona.id) has no \(item)")
        }
    }
}
