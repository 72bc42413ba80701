import Yams

// How a YAML syntax error becomes a diagnostic a trainer can act on: its line and
// column, and words for what libyaml reports in its own terms (a tab, a repeated key).
extension PersonaDecoder {
    /// Line and character column of a character offset into the text.
    static func position(ofOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// Where a mapping key appears for the second time, at the indentation of its first
    /// appearance (Yams only says where the mapping starts).
    static func secondOccurrence(of key: String, after startLine: Int, in text: String) -> (Int, Int)? {
        var firstIndent: Int?
        for (index, line) in ContentLine.lines(of: text).enumerated() where index + 1 >= startLine {
            let indent = line.unicodeScalars.prefix { $0 == " " }.count
            let rest = line.unicodeScalars.dropFirst(indent)
            let dashless = rest.first == "-" ? rest.dropFirst().drop { $0 == " " } : rest
            guard String(String.UnicodeScalarView(dashless)).hasPrefix(key + ":") else { continue }
            let column = indent + (rest.count - dashless.count) + 1
            if let firstIndent {
                if column == firstIndent { return (index + 1, column) }
            } else {
                firstIndent = column
            }
        }
        return nil
    }

    /// The 1-based column of a tab among a line's leading blanks, where libyaml's own
    /// message ("found character that cannot start any token") never says "tab".
    static func indentingTab(onLine line: Int, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return nil }
        let blanks = lines[line - 1].prefix { $0 == " " || $0 == "\t" }
        return blanks.firstIndex(of: "\t").map { blanks.distance(from: blanks.startIndex, to: $0) + 1 }
    }

    func syntaxDiagnostic(_ error: any Error, text: String) -> Diagnostic {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let tab = Self.indentingTab(onLine: mark.line, in: text) {
                return Diagnostic(
                    file: file, line: mark.line, column: tab,
                    message: "a tab indents this line; YAML indents with spaces only")
            }
            let detail = context.map { "\($0.text) " } ?? ""
            return Diagnostic(
                file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let (line, column) =
                Self.secondOccurrence(of: key, after: context.mark.line, in: text)
                ?? (context.mark.line, context.mark.column)
            return Diagnostic(file: file, line: line, column: column, message: "\(key): key given twice")
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = Self.position(ofOffset: offset ?? 0, in: yaml)
            return Diagnostic(file: file, line: line, column: column, message: "YAML cannot read the text: \(problem)")
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "YAML error: \(error)")
        }
    }
}
