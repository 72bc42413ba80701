/// What each interface term is called in one language, read from `Scripts/glossary/<lang>.glossary`
/// (format: `Scripts/glossary/README.md`): `[section]` lines, then `key = term | note`.
public struct Glossary: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var term: String
        /// The short gloss shown after the term where the interface explains it.
        public var note: String?
        public var position: SourcePosition
    }

    public private(set) var entries: [GlossaryKeyPath: Entry] = [:]
    /// Where each section starts, to pin a missing key to its section.
    private var sections: [GlossarySection: SourcePosition] = [:]
    /// The file read, for problems that belong to no line.
    public private(set) var file: String?

    public init() {}

    /// Reads one file; returns its problems, each at a line and column. Lines with
    /// problems are left out, the rest is kept.
    public init(parsing text: String, file: String) {
        self.file = file
        let found = parse(text, file: file)
        diagnostics = found
    }

    /// The problems found while reading, and keys the interface needs that the file lacks.
    public private(set) var diagnostics: [Diagnostic] = []

    public func entry(_ key: GlossaryKey) -> Entry? {
        entries[GlossaryKeyPath(section: key.section, name: key.name)]
    }

    /// Every entry of a section, in no particular order.
    public func entries(in section: GlossarySection) -> [(name: String, entry: Entry)] {
        entries.filter { $0.key.section == section }.map { ($0.key.name, $0.value) }
    }

    /// A problem for each key in `required` that the file does not have, at its section's header.
    public func missing(_ required: [GlossaryKey]) -> [Diagnostic] {
        required.filter { entry($0) == nil }.map { key in
            let at = sections[key.section] ?? SourcePosition(file: file ?? "", line: 1, column: 1)
            let place = sections[key.section] == nil ? "its section [\(key.section.rawValue)] is missing" : "add it"
            return Diagnostic(
                file: at.file, line: at.line, column: at.column,
                message: "missing key '\(key.name)' in [\(key.section.rawValue)], which the interface shows (\(place))")
        }
    }

    private mutating func parse(_ text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var section: GlossarySection?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let trimmed = content.trimmedOfSpaces
            let indent = content.prefix { $0 == " " || $0 == "\t" }.count
            func problem(_ column: Int, _ message: String) {
                diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    problem(indent + 1, "a section line is `[name]`; this one has no closing ]")
                    continue
                }
                let name = trimmed.dropFirst().dropLast().trimmedOfSpaces
                guard let known = GlossarySection(rawValue: name) else {
                    let names = GlossarySection.allCases.map(\.rawValue).joined(separator: ", ")
                    problem(indent + 2, "unknown section '\(name)'; the sections are \(names)")
                    section = nil
                    continue
                }
                if let earlier = sections[known] {
                    problem(indent + 1, "section [\(name)] appears twice (first at line \(earlier.line))")
                }
                section = known
                sections[known] = sections[known] ?? SourcePosition(file: file, line: line, column: indent + 1)
                continue
            }
            guard let equals = content.firstIndex(of: "=") else {
                problem(indent + 1, "expected `key = term` (no = on this line)")
                continue
            }
            let equalsColumn = content.distance(from: content.startIndex, to: equals) + 1
            let key = content[..<equals].trimmedOfSpaces
            let value = content[content.index(after: equals)...]
            let bar = value.firstIndex(of: "|")
            let term = value[..<(bar ?? value.endIndex)].trimmedOfSpaces
            let note = bar.map { value[value.index(after: $0)...].trimmedOfSpaces }
            let termColumn = equalsColumn + 1 + value.prefix { $0 == " " || $0 == "\t" }.count
            guard let section else {
                problem(indent + 1, "an entry before any [section] line")
                continue
            }
            if key.isEmpty {
                problem(indent + 1, "the key before = is empty")
            } else if key.contains(where: \.isWhitespace) {
                problem(indent + 1, "key '\(key)' has a space; keys join words with hyphens (talk-share)")
            } else if term.isEmpty {
                problem(termColumn, "no term after = for '\(key)'")
            } else if let bar, note?.isEmpty == true {
                problem(
                    equalsColumn + 1 + value.distance(from: value.startIndex, to: bar),
                    "empty note after | for '\(key)'; leave out the |")
            } else {
                let path = GlossaryKeyPath(section: section, name: key)
                if let earlier = entries[path] {
                    problem(
                        indent + 1,
                        "duplicate key '\(key)' in [\(section.rawValue)] (first at line \(earlier.position.line))")
                    continue
                }
                entries[path] = Entry(
                    term: term, note: note, position: SourcePosition(file: file, line: line, column: termColumn))
            }
        }
        return diagnostics + avoidedTerms() + missing(GlossaryKey.required)
    }

    /// A term that uses a word the glossary itself says to avoid.
    private func avoidedTerms() -> [Diagnostic] {
        let avoided = entries(in: .avoid)
        return entries.filter { $0.key.section != .avoid }.sorted { $0.value.position.line < $1.value.position.line }
            .compactMap { path, entry in
                guard let word = avoided.first(where: { entry.term.contains($0.name) }) else { return nil }
                return Diagnostic(
                    file: entry.position.file, line: entry.position.line, column: entry.position.column,
                    message: "'\(path.name)' in [\(path.section.rawValue)] uses '\(word.name)', which [avoid] "
                        + "replaces with '\(word.entry.term)'")
            }
    }
}

/// A section and key as written in the file, including keys the interface does not use.
public struct GlossaryKeyPath: Hashable, Sendable {
    public var section: GlossarySection
    public var name: String
}
