/// A trainer-editable list of the ways people say one thing (`Scripts/lexicon/<lang>.lex`):
/// `breakdown: go down, stoppage, outage` lets "how often does it go down?" reach a
/// persona problem whose own words are "unplanned" and "breakdown".
///
/// English terms match on word forms (`WordForms.stem`), word after word; Chinese
/// terms match as a run of characters anywhere in the line.
public struct ConceptLexicon: Equatable, Sendable {
    public let language: ContentLanguage
    /// Concepts by the first word form (English) or first character (Chinese) of each term.
    private var termsByStart: [String: [Term]] = [:]
    public private(set) var conceptCount = 0

    struct Term: Equatable, Sendable {
        var pieces: [String]
        var concept: String
    }

    public init(language: ContentLanguage) {
        self.language = language
    }

    /// The concepts a line mentions, with the words that mentioned them, in order of first mention.
    public func concepts(in tokens: [String]) -> [(concept: String, words: String)] {
        let pieces = language == .chinese ? tokens : tokens.map(WordForms.stem)
        var found: [(concept: String, words: String)] = []
        var seen: Set<String> = []
        for start in pieces.indices {
            for term in termsByStart[pieces[start]] ?? [] where !seen.contains(term.concept) {
                let end = start + term.pieces.count
                guard end <= pieces.count, Array(pieces[start..<end]) == term.pieces else { continue }
                seen.insert(term.concept)
                let separator = language == .chinese ? "" : " "
                found.append((term.concept, tokens[start..<end].joined(separator: separator)))
            }
        }
        return found
    }

    /// Adds one file's concepts; returns its problems, each pinned to a line and column.
    public mutating func add(parsing text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = content.trimmedOfSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            func problem(_ column: Int, _ message: String) {
                diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
            }
            guard let colon = content.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                problem(1, "expected `concept: term, term, …` (no colon on this line)")
                continue
            }
            let concept = content[..<colon].trimmedOfSpaces
            if concept.isEmpty {
                problem(1, "the concept before the colon is empty")
                continue
            }
            var column = content.distance(from: content.startIndex, to: colon) + 2
            var added: Set<[String]> = []
            var written: Set<String> = []
            let terms = content[content.index(after: colon)...].split(
                omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            // The concept's own name is a term too.
            for (index, piece) in ([Substring(concept)] + terms).enumerated() {
                defer { if index > 0 { column += piece.count + 1 } }
                let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
                let term = piece.trimmedOfSpaces
                let at = index == 0 ? 1 : column + leading
                if term.isEmpty {
                    if index > 0 { problem(at, "empty term (two commas in a row, or one at the end)") }
                    continue
                }
                let pieces = Self.pieces(of: term, language: language)
                if pieces.isEmpty {
                    problem(at, "'\(term)' has no letters or characters to match")
                } else if pieces.count == 1 && index > 0 && pieces[0].unicodeScalars.allSatisfy(Tokenizer.isCJK) {
                    problem(
                        at,
                        "'\(term)' is one Chinese character, which matches inside too many words; write a longer term")
                } else if index > 0 && !written.insert(term.lowercased()).inserted {
                    problem(at, "'\(term)' is listed twice for '\(concept)'")
                } else if added.insert(pieces).inserted {
                    termsByStart[pieces[0], default: []].append(Term(pieces: pieces, concept: concept))
                }
            }
            conceptCount += 1
        }
        return diagnostics
    }

    static func pieces(of term: String, language: ContentLanguage) -> [String] {
        let tokens = Tokenizer.tokens(term).filter { $0 != "?" }
        return language == .chinese ? tokens : tokens.map(WordForms.stem)
    }
}
