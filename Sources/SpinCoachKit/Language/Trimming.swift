extension StringProtocol {
    /// The text without the spaces and tabs around it (ideographic spaces too): what
    /// Foundation's `trimmingCharacters(in: .whitespaces)` gives, without its bridging
    /// cost, which showed at launch when every lexicon term was trimmed with it.
    var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
