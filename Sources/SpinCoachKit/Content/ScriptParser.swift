/// Parses the line-oriented `.spin` question-script format (see Scripts/README.md).
///
/// The parser never stops at the first problem: it reports every diagnostic it
/// can, so a trainer fixes a file in one pass.
public struct ScriptParser {
    public var file: String
    /// The language the file's folder implies, if any.
    public var expectedLanguage: ContentLanguage?

    public init(file: String, expectedLanguage: ContentLanguage? = nil) {
        self.file = file
        self.expectedLanguage = expectedLanguage
    }

    static let headerKeys = ["id", "language", "title", "industry", "offer", "tags"]
    static let requiredHeaderKeys = ["id", "language", "title", "industry"]

    private struct HeaderValue {
        var value: String
        var line: Int
        var column: Int
    }

    private struct SectionMark {
        var line: Int
        var column: Int
    }

    private struct PendingLink {
        var id: String
        var line: Int
        var column: Int
    }

    /// Returns the script when the text has no errors, and every diagnostic found.
    public func parse(_ text: String) -> (script: Script?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var header: [String: HeaderValue] = [:]
        var sections: [ScriptSection: SectionMark] = [:]
        var currentSection: ScriptSection?
        // Properties attach to the last question, but only within its own section.
        var questionOpen = false
        var questions: [ScriptQuestion] = []
        var questionLines: [String: Int] = [:]
        var links: [PendingLink] = []
        var lastLine = 1

        func report(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
        }

        for (index, rawLine) in ContentLine.lines(of: text).enumerated() {
            let lineNumber = index + 1
            guard let line = ContentLine(rawLine) else { continue }
            lastLine = lineNumber
            if line.body.hasPrefix("#") { continue }

            if line.body.hasPrefix("[") {
                guard line.body.hasSuffix("]") else {
                    report(lineNumber, line.column, "section header is missing its closing ']'")
                    continue
                }
                let name = String(line.body.dropFirst().dropLast()).trimmingBlanks()
                guard let section = ScriptSection(rawValue: name) else {
                    let known = ScriptSection.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
                    report(lineNumber, line.column + 1, "unknown section '[\(name)]'; expected one of \(known)")
                    currentSection = nil
                    questionOpen = false
                    continue
                }
                if let first = sections[section] {
                    report(lineNumber, line.column, "section [\(name)] appears twice (first at line \(first.line))")
                } else {
                    sections[section] = SectionMark(line: lineNumber, column: line.column)
                }
                currentSection = section
                questionOpen = false
                continue
            }

            guard let pair = line.keyValue() else {
                report(
                    lineNumber, line.column,
                    "syntax error: expected 'key: value', a question 'id: text', a [section] or a # comment")
                continue
            }
            let key = pair.key

            if key.unicodeScalars.contains(".") {
                guard let section = currentSection else {
                    if sections.isEmpty {
                        report(lineNumber, pair.keyColumn, "question '\(key)' comes before any [section]")
                    }
                    continue
                }
                guard Self.isValidQuestionID(key) else {
                    report(
                        lineNumber, pair.keyColumn,
                        "invalid question id '\(key)': use dot-separated parts of lowercase letters, digits and '-'")
                    continue
                }
                let prefix = String(key.prefix { $0 != "." })
                if prefix != section.rawValue {
                    report(
                        lineNumber, pair.keyColumn,
                        "question id '\(key)' is in section [\(section.rawValue)]; its first part must be '\(section.rawValue)'"
                    )
                }
                if let first = questionLines[key] {
                    report(lineNumber, pair.keyColumn, "duplicate question id '\(key)' (first at line \(first))")
                    continue
                }
                if pair.value.isEmpty {
                    report(lineNumber, pair.valueColumn, "question '\(key)' has no text")
                }
                questionLines[key] = lineNumber
                questionOpen = true
                questions.append(
                    ScriptQuestion(id: key, section: section, text: pair.value, line: lineNumber))
                continue
            }

            if currentSection == nil && sections.isEmpty {
                guard Self.headerKeys.contains(key) else {
                    report(
                        lineNumber, pair.keyColumn,
                        "unknown header key '\(key)'; expected one of \(Self.headerKeys.joined(separator: ", "))")
                    continue
                }
                if let first = header[key] {
                    report(lineNumber, pair.keyColumn, "header key '\(key)' given twice (first at line \(first.line))")
                    continue
                }
                header[key] = HeaderValue(value: pair.value, line: lineNumber, column: pair.valueColumn)
                continue
            }

            if Self.headerKeys.contains(key) {
                report(lineNumber, pair.keyColumn, "header key '\(key)' must come before the first section")
                continue
            }
            guard currentSection != nil else { continue }
            guard questionOpen, var question = questions.last else {
                report(lineNumber, pair.keyColumn, "'\(key):' must follow a question")
                continue
            }
            switch key {
            case "hint":
                if question.hint != nil {
                    report(lineNumber, pair.keyColumn, "question '\(question.id)' already has a hint")
                } else if pair.value.isEmpty {
                    report(lineNumber, pair.valueColumn, "hint is empty")
                } else {
                    question.hint = pair.value
                }
            case "after":
                for (id, column) in Self.listItems(pair.value, startingAt: pair.valueColumn) {
                    if id.isEmpty {
                        report(lineNumber, column, "empty id in 'after:' list")
                    } else {
                        links.append(PendingLink(id: id, line: lineNumber, column: column))
                        question.after.append(id)
                    }
                }
            case "probes":
                guard question.probes.isEmpty else {
                    report(lineNumber, pair.keyColumn, "question '\(question.id)' already has a 'probes:' list")
                    continue
                }
                for (id, column) in Self.listItems(pair.value, startingAt: pair.valueColumn) {
                    if let problem = Self.probeProblem(id, in: question.section) {
                        report(lineNumber, column, problem)
                    } else {
                        question.probes.append(ScriptProbe(id: id, line: lineNumber, column: column))
                    }
                }
            default:
                if key.count == 1, key.first!.isLetter {
                    guard let style = DISCStyle(rawValue: key) else {
                        report(lineNumber, pair.keyColumn, "unknown DISC letter '\(key)'; expected D, I, S or C")
                        continue
                    }
                    if question.variants[style] != nil {
                        report(lineNumber, pair.keyColumn, "question '\(question.id)' already has a \(key) variant")
                    } else if pair.value.isEmpty {
                        report(lineNumber, pair.valueColumn, "\(key) variant is empty")
                    } else {
                        question.variants[style] = pair.value
                    }
                } else {
                    report(
                        lineNumber, pair.keyColumn,
                        "unknown property '\(key)'; expected hint, after, probes, or a DISC letter (D, I, S, C)")
                    continue
                }
            }
            questions[questions.count - 1] = question
        }

        for key in Self.requiredHeaderKeys where header[key] == nil {
            report(1, 1, "missing required header key '\(key)'")
        }
        if let id = header["id"], !Self.isValidScriptID(id.value) {
            report(id.line, id.column, "invalid script id '\(id.value)': use lowercase letters, digits and '-'")
        }
        var language: ContentLanguage?
        if let value = header["language"] {
            language = ContentLanguage(rawValue: value.value)
            if language == nil {
                report(value.line, value.column, "unknown language '\(value.value)'; expected en or zh")
            } else if let expected = expectedLanguage, language != expected {
                report(
                    value.line, value.column,
                    "language '\(value.value)' does not match the folder '\(expected.rawValue)'")
            }
        }
        for section in ScriptSection.allCases {
            guard let mark = sections[section] else {
                report(lastLine, 1, "missing section [\(section.rawValue)]")
                continue
            }
            if !questions.contains(where: { $0.section == section }) {
                report(mark.line, mark.column, "section [\(section.rawValue)] has no questions")
            }
        }
        for link in links where questionLines[link.id] == nil {
            report(link.line, link.column, "'after:' refers to '\(link.id)', which is not a question in this script")
        }

        diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        guard diagnostics.isEmpty, let language, let idField = header["id"], let title = header["title"]?.value,
            let industry = header["industry"]?.value
        else {
            return (nil, diagnostics)
        }
        let tags = (header["tags"]?.value ?? "")
            .split(whereSeparator: { $0 == "," || $0 == "，" })
            .map { String($0).trimmingBlanks() }
            .filter { !$0.isEmpty }
        let script = Script(
            id: idField.value, language: language, title: title, industry: industry,
            offer: header["offer"]?.value, tags: tags, questions: questions,
            origin: SourcePosition(file: file, line: idField.line, column: idField.column))
        return (script, diagnostics)
    }

    /// The items of a comma-separated list (`,` or `，`), trimmed, each with the column it starts at.
    static func listItems(_ value: String, startingAt column: Int) -> [(String, Int)] {
        var column = column
        var items: [(String, Int)] = []
        for part in value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" }) {
            let leading = part.unicodeScalars.prefix { $0.isBlank }.count
            items.append((String(part).trimmingBlanks(), column + leading))
            column += part.count + 1
        }
        return items
    }

    /// What is wrong with one `probes:` id in a question of `section`, or nil.
    static func probeProblem(_ id: String, in section: ScriptSection) -> String? {
        if id.isEmpty { return "empty id in 'probes:' list" }
        switch section {
        case .opening, .commitment:
            return
                "'probes:' names persona items, so it belongs to situation, problem, implication and need-payoff questions"
        case .implication:
            let probe = ScriptProbe(id: id)
            let (problem, number) = probe.problemAndImplication
            if isValidScriptID(problem), id == problem || (number ?? 0) >= 1 { return nil }
            return "invalid 'probes:' id '\(id)': a problem id, or a problem id and an implication number (downtime.2)"
        case .situation, .problem, .needPayoff:
            if isValidScriptID(id) { return nil }
            let kind = section == .situation ? "fact" : "problem"
            return "invalid 'probes:' id '\(id)': a \(kind) id (lowercase letters, digits and '-')"
        }
    }

    static func isValidScriptID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy(isIDScalar)
    }

    static func isValidQuestionID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isIDScalar) }
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}
