/// A labelled evaluation set: `label<TAB>text[<TAB>stated need]` per line, `#` comments.
public struct GoldSet: Sendable {
    public struct Item: Sendable {
        public var label: UtteranceLabel
        public var text: String
        /// The explicit need the buyer had stated, which a benefit must meet.
        public var statedNeed: String?
        public var line: Int
    }

    public var language: ContentLanguage
    public var items: [Item] = []

    public init(language: ContentLanguage, items: [Item] = []) {
        self.language = language
        self.items = items
    }

    public init(parsing text: String, file: String, language: ContentLanguage) throws(ContentError) {
        self.language = language
        var diagnostics: [Diagnostic] = []
        for (index, line) in ContentLine.lines(of: text).enumerated() {
            if line.unicodeScalars.allSatisfy(\.isBlank) || line.hasPrefix("#") { continue }
            let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(Substring($0)).trimmingBlanks() }
            guard let label = UtteranceLabel(rawValue: fields[0]) else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: index + 1, column: 1,
                        message: "unknown label '\(fields[0])'; expected one of "
                            + UtteranceLabel.allCases.map(\.rawValue).joined(separator: ", ")))
                continue
            }
            guard fields.count >= 2, !fields[1].isEmpty, fields.count <= 3 else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: index + 1, column: fields[0].count + 1,
                        message: "expected label<TAB>text or label<TAB>text<TAB>stated need"))
                continue
            }
            let need = fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil
            items.append(Item(label: label, text: fields[1], statedNeed: need, line: index + 1))
        }
        if !diagnostics.isEmpty { throw ContentError(diagnostics) }
    }
}
