/// Reads an `.assess` file (format in Scripts/assess/README.md), reporting every problem
/// at its line and column. An assessment with any error is not used.
struct AssessmentParser {
    enum Section: String, CaseIterable {
        case scale, items, styles, selling
    }

    /// Statements per style below which a score says too little.
    static let minimumItemsPerStyle = 6
    static let scalePoints = 3...9

    let file: String
    let language: ContentLanguage

    private var diagnostics: [Diagnostic] = []
    private var sectionLines: [Section: Int] = [:]
    private var scale: [String] = []
    private var items: [AssessmentItem] = []
    private var itemLines: [String: Int] = [:]
    private var styles: [DISCStyle: String] = [:]
    private var selling: [StylePair: String] = [:]
    private var keyLines: [String: Int] = [:]
    private var sawSectionHeader = false

    init(file: String, language: ContentLanguage) {
        self.file = file
        self.language = language
    }

    static func parse(_ text: String, file: String, language: ContentLanguage) -> (
        assessment: Assessment?, diagnostics: [Diagnostic]
    ) {
        var parser = AssessmentParser(file: file, language: language)
        var section: Section?
        for (offset, raw) in ContentLine.lines(of: text).enumerated() {
            guard let line = ContentLine(raw), !line.body.hasPrefix("#") else { continue }
            parser.read(line, number: offset + 1, section: &section)
        }
        parser.checkWhole()
        guard parser.diagnostics.isEmpty else { return (nil, parser.diagnostics) }
        let assessment = Assessment(
            language: language, scale: parser.scale, items: parser.items, styles: parser.styles,
            selling: parser.selling, file: file)
        return (assessment, [])
    }

    private mutating func problem(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    private mutating func read(_ line: ContentLine, number: Int, section: inout Section?) {
        if line.body.hasPrefix("[") {
            sawSectionHeader = true
            let name = line.body.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
            guard line.body.hasSuffix("]"), let found = Section(rawValue: name) else {
                let known = Section.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
                problem(number, line.column, "unknown section '\(line.body)'; expected one of \(known)")
                section = nil
                return
            }
            if let first = sectionLines[found] {
                problem(number, line.column, "section [\(name)] is given twice (first at line \(first))")
            } else {
                sectionLines[found] = number
            }
            section = found
            return
        }
        guard let entry = line.keyValue() else {
            problem(number, line.column, "expected `key: text`, a [section] or a # comment")
            return
        }
        guard let section else {
            // Lines under an unknown section were reported with it.
            if !sawSectionHeader {
                problem(number, line.column, "'\(entry.key)' comes before any [section]")
            }
            return
        }
        guard !entry.value.isEmpty else {
            problem(number, entry.valueColumn, "'\(entry.key)' has no text after the colon")
            return
        }
        switch section {
        case .scale: readScalePoint(entry, line: number)
        case .items: readItem(entry, line: number)
        case .styles: readStyle(entry, line: number)
        case .selling: readSelling(entry, line: number)
        }
    }

    private mutating func readScalePoint(_ entry: ContentLine.KeyValue, line: Int) {
        guard let point = Int(entry.key), point == scale.count + 1 else {
            problem(
                line, entry.keyColumn,
                "scale points are numbered 1, 2, 3… in order; expected \(scale.count + 1), found '\(entry.key)'")
            return
        }
        scale.append(entry.value)
    }

    private mutating func readItem(_ entry: ContentLine.KeyValue, line: Int) {
        let key = Array(entry.key)
        guard key.count == 2, let style = DISCStyle(rawValue: String(key[0])), key[1] == "+" || key[1] == "-" else {
            problem(
                line, entry.keyColumn,
                "unknown statement key '\(entry.key)'; expected a DISC letter and + or - (D+, D-, I+, I-, S+, S-, C+, C-)"
            )
            return
        }
        let normalised = entry.value.lowercased()
        if let first = itemLines[normalised] {
            problem(line, entry.valueColumn, "this statement is already listed at line \(first)")
            return
        }
        itemLines[normalised] = line
        items.append(AssessmentItem(style: style, isReversed: key[1] == "-", text: entry.value, line: line))
    }

    private mutating func readStyle(_ entry: ContentLine.KeyValue, line: Int) {
        guard let style = DISCStyle(rawValue: entry.key) else {
            problem(line, entry.keyColumn, "unknown DISC letter '\(entry.key)'; expected D, I, S or C")
            return
        }
        guard noRepeat(of: "style \(entry.key)", line: line, column: entry.keyColumn) else { return }
        styles[style] = entry.value
    }

    private mutating func readSelling(_ entry: ContentLine.KeyValue, line: Int) {
        let letters = entry.key.split(separator: ">", omittingEmptySubsequences: false)
        guard letters.count == 2, let rep = DISCStyle(rawValue: String(letters[0])),
            let buyer = DISCStyle(rawValue: String(letters[1]))
        else {
            problem(
                line, entry.keyColumn,
                "unknown pair '\(entry.key)'; expected the rep's DISC letter, '>' and the buyer's (I>C)")
            return
        }
        guard noRepeat(of: "pair \(entry.key)", line: line, column: entry.keyColumn) else { return }
        selling[StylePair(rep: rep, buyer: buyer)] = entry.value
    }

    /// Reports a key given twice in its section; true when this is its first time.
    private mutating func noRepeat(of key: String, line: Int, column: Int) -> Bool {
        if let first = keyLines[key] {
            problem(line, column, "\(key) is already given at line \(first)")
            return false
        }
        keyLines[key] = line
        return true
    }

    /// What only the whole file can tell: missing sections, too few statements, gaps.
    private mutating func checkWhole() {
        for section in Section.allCases where sectionLines[section] == nil {
            problem(1, 1, "missing section [\(section.rawValue)]")
        }
        if let line = sectionLines[.scale], !Self.scalePoints.contains(scale.count) {
            problem(
                line, 1,
                "the scale needs \(Self.scalePoints.lowerBound) to \(Self.scalePoints.upperBound) points, found \(scale.count)"
            )
        }
        if let line = sectionLines[.items] { checkItems(line: line) }
        if let line = sectionLines[.styles] {
            let missing = DISCStyle.allCases.filter { styles[$0] == nil }.map(\.rawValue)
            if !missing.isEmpty {
                problem(line, 1, "missing what leaning to each style means for: \(missing.joined(separator: ", "))")
            }
        }
        if let line = sectionLines[.selling] {
            let missing = DISCStyle.allCases.flatMap { rep in
                DISCStyle.allCases.filter { selling[StylePair(rep: rep, buyer: $0)] == nil }
                    .map { "\(rep.rawValue)>\($0.rawValue)" }
            }
            if !missing.isEmpty { problem(line, 1, "missing advice for \(missing.joined(separator: ", "))") }
        }
    }

    private mutating func checkItems(line: Int) {
        let counts = DISCStyle.allCases.map { style in items.filter { $0.style == style }.count }
        if Set(counts).count > 1 {
            let found = zip(DISCStyle.allCases, counts).map { "\($0.rawValue) \($1)" }.joined(separator: ", ")
            problem(line, 1, "every style needs the same number of statements, so scores compare; found \(found)")
        }
        for (style, count) in zip(DISCStyle.allCases, counts) where count < Self.minimumItemsPerStyle {
            problem(line, 1, "\(style.rawValue) needs at least \(Self.minimumItemsPerStyle) statements, found \(count)")
        }
        for style in DISCStyle.allCases where items.contains(where: { $0.style == style }) {
            let mine = items.filter { $0.style == style }
            if !mine.contains(where: \.isReversed) {
                problem(line, 1, "\(style.rawValue) needs a reverse-keyed statement (\(style.rawValue)-)")
            }
            if mine.allSatisfy(\.isReversed) {
                problem(line, 1, "\(style.rawValue) needs a statement that counts toward it (\(style.rawValue)+)")
            }
        }
    }
}
