import Foundation

/// Decides whether text before a colon names a speaker ("Dana Okafor: …",
/// "SPEAKER_01: …", "李明：…") or is part of a sentence ("The plan is: …").
public enum SpeakerName {
    /// Metadata labels that look like one capitalised word but name no one.
    static let labels: Set<String> = [
        "note", "notes", "agenda", "summary", "subject", "date", "time", "location", "attendees", "topic", "title",
        "action", "actions", "update", "re", "fyi", "ps", "tip", "step", "warning", "important", "transcript",
        "http", "https", "chapter", "section", "example", "answer", "question", "source",
        // Words that start sentences with a colon: "Yes: absolutely", "Bottom line: …".
        "yes", "no", "well", "ok", "okay", "so", "and", "but", "however", "also", "first", "second", "third",
        "finally", "remember", "look", "listen", "thanks", "result", "results", "problem", "reason", "goal",
        "price", "cost", "bottom", "plan", "option", "options", "the", "a", "an", "this", "that", "here", "there",
        "why", "what", "how", "when", "where", "who", "which", "now", "then", "because", "again", "today",
    ]

    /// Lower-case words allowed inside a name: "Ana de Souza", "Ludwig van Beethoven".
    static let particles: Set<String> = [
        "de", "da", "del", "della", "der", "den", "van", "von", "di", "du", "la", "le", "bin", "al", "el", "y",
        "dos", "das", "ten", "ter", "zu",
    ]

    /// A name is one to four words, each capitalised (or a particle, digits or an `_` label),
    /// with no sentence punctuation; or up to eight Chinese characters. Trailing `~` is dropped.
    public static func normalized(_ candidate: Substring) -> String? {
        var text = candidate.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("~") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard !text.isEmpty, text.count <= 40 else { return nil }
        if text.unicodeScalars.contains(where: Tokenizer.isCJK) {
            let allowed = text.unicodeScalars.allSatisfy { Tokenizer.isCJK($0) || $0 == "·" || $0 == "・" }
            return allowed && text.count <= 8 ? text : nil
        }
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), !labels.contains(words[0].lowercased()) else { return nil }
        for (position, word) in words.enumerated() {
            guard isNameWord(word, first: position == 0) else { return nil }
        }
        return words.joined(separator: " ")
    }

    private static func isNameWord(_ word: Substring, first: Bool) -> Bool {
        let allowedPunctuation: Set<Character> = ["'", "’", "-", "_", "."]
        guard word.allSatisfy({ $0.isLetter || $0.isNumber || allowedPunctuation.contains($0) }),
            word.first?.isLetter == true || word.first?.isNumber == true
        else { return false }
        if word.contains(".") {
            // Initials and titles only: "J.", "Dr.", "Mrs."
            guard word.last == ".", word.dropLast().count <= 3, !word.dropLast().contains(".") else { return false }
        }
        if word.allSatisfy({ $0.isNumber }) { return !first }
        if let initial = word.first, initial.isUppercase { return true }
        if word.first?.isNumber == true { return true }
        return !first && particles.contains(String(word))
    }

    /// Splits `Name: text` or `Name：text` when the part before the colon is a name.
    public static func splitPrefix(_ line: Substring) -> (name: String, text: Substring)? {
        guard let colon = line.prefix(48).firstIndex(where: { $0 == ":" || $0 == "：" }),
            let name = normalized(line[..<colon])
        else { return nil }
        let rest = line[line.index(after: colon)...]
        // "10:30" and "https://" are not names; a name needs something said after it.
        if rest.hasPrefix("//") { return nil }
        return (name, rest.drop { $0 == " " || $0 == "\t" })
    }
}
