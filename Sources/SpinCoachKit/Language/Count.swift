/// A number with its noun, as people write it: "1 pitch", "2 pitches", "0 files".
public enum Count {
    /// The count and the English noun, plural unless the count is exactly 1.
    ///
    /// - Parameter plural: the plural when the usual spelling rules get it wrong
    ///   ("person" → "people"); else "-es" after s, x, z, ch and sh, "-ies" for a
    ///   consonant and y, and "-s" otherwise.
    public static func of(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? Self.plural(of: noun))
    }

    /// In the call's language. Chinese has no plural: the count and its measure word
    /// or noun, as in "3 次" or "2 个问题".
    public static func of(_ count: Int, english: String, chinese: String, language: ContentLanguage) -> String {
        language == .chinese ? "\(count) \(chinese)" : of(count, english)
    }

    /// The regular English plural of a noun; a hyphenated noun pluralises its last word.
    public static func plural(of noun: String) -> String {
        let lower = noun.lowercased()
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return noun + "es" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }
}
