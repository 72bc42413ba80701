/// One non-blank line of a content file, with the column its text starts at.
///
/// Scanning works on Unicode scalars, not Characters: grapheme breaking over
/// long Chinese lines made loading content slow. Columns are still counted in
/// characters, over the short stretches (indentation, keys) that precede them.
struct ContentLine {
    /// The line without leading and trailing blanks.
    var body: Substring
    /// 1-based character column of `body`.
    var column: Int

    init?(_ raw: Substring) {
        let scalars = raw.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isBlank }),
            let last = scalars.lastIndex(where: { !$0.isBlank })
        else { return nil }
        body = raw[start...last]
        column = raw[raw.startIndex..<start].count + 1
    }

    /// The lines of a file, split on "\n" without grapheme breaking.
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    struct KeyValue {
        var key: String
        var keyColumn: Int
        var value: String
        var valueColumn: Int
    }

    /// Splits `key: value` at the first ASCII or full-width colon.
    func keyValue() -> KeyValue? {
        let scalars = body.unicodeScalars
        guard let colon = scalars.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let rawKey = body[body.startIndex..<colon]
        let key = String(rawKey).trimmingBlanks()
        guard !key.isEmpty, !key.unicodeScalars.contains(where: \.isBlank) else { return nil }
        let afterColon = body[scalars.index(after: colon)...]
        let leading = afterColon.unicodeScalars.prefix { $0.isBlank }.count
        let valueColumn = column + rawKey.count + 1 + leading
        return KeyValue(
            key: key, keyColumn: column, value: String(afterColon).trimmingBlanks(), valueColumn: valueColumn)
    }
}

extension Unicode.Scalar {
    /// Spaces and tabs, including the full-width space Chinese input methods type.
    var isBlank: Bool {
        self == " " || self == "\t" || self == "\r" || self == "\u{3000}" || self == "\u{FEFF}"
    }
}

extension String {
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isBlank }),
            let last = scalars.lastIndex(where: { !$0.isBlank })
        else { return "" }
        return String(scalars[start...last])
    }
}
