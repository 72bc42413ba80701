/// One non-blank line of a content file, with the column its text starts at.
struct ContentLine {
    /// The line without leading and trailing blanks.
    var body: Substring
    /// 1-based character column of `body`.
    var column: Int

    init?(_ raw: Substring) {
        let leading = raw.prefix { $0.isBlank }
        let rest = raw.dropFirst(leading.count)
        var end = rest.endIndex
        while end > rest.startIndex, rest[rest.index(before: end)].isBlank {
            end = rest.index(before: end)
        }
        guard end > rest.startIndex else { return nil }
        body = rest[rest.startIndex..<end]
        column = leading.count + 1
    }

    struct KeyValue {
        var key: String
        var keyColumn: Int
        var value: String
        var valueColumn: Int
    }

    /// Splits `key: value` at the first ASCII or full-width colon.
    func keyValue() -> KeyValue? {
        guard let colon = body.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let rawKey = body[body.startIndex..<colon]
        let key = String(rawKey).trimmingBlanks()
        guard !key.isEmpty, !key.contains(where: \.isBlank) else { return nil }
        let afterColon = body[body.index(after: colon)...]
        let leading = afterColon.prefix { $0.isBlank }
        let valueColumn = column + rawKey.count + 1 + leading.count
        return KeyValue(
            key: key, keyColumn: column, value: String(afterColon).trimmingBlanks(), valueColumn: valueColumn)
    }
}

extension Character {
    /// Spaces and tabs, including the full-width space Chinese input methods type.
    var isBlank: Bool {
        self == " " || self == "\t" || self == "\r" || self == "\u{3000}" || self == "\u{FEFF}"
    }
}

extension String {
    func trimmingBlanks() -> String {
        let start = firstIndex { !$0.isBlank } ?? endIndex
        let end = lastIndex { !$0.isBlank }.map(index(after:)) ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
