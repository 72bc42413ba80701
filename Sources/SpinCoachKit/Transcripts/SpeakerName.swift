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
        var trimmed = candidate.trimmingWhitespace()
        while trimmed.hasSuffix("~") { trimmed = trimmed.dropLast().trimmingWhitespace() }
        let text = String(trimmed)
        guard !text.isEmpty, text.count <= 40 else { return nil }
        if text.unicodeScalars.contains(where: Tokenizer.isCJK) {
            // A name or title, such as 李明 or 王经理; grammar characters mean a sentence.
            let allowed = text.unicodeScalars.allSatisfy { Tokenizer.isCJK($0) || $0 == "·" || $0 == "・" }
            let grammar = text.contains { "的是了我们这那有在就都说吗呢吧".contains($0) }
            return allowed && !grammar && text.count <= 6 ? text : nil
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
        var cache = Cache()
        return cache.splitPrefix(line)
    }

    /// Where the first `:` or `：` is, within a name's length of the start.
    static func colon(in line: Substring) -> (at: Substring.Index, after: Substring.Index)? {
        let bytes = line.utf8
        var index = bytes.startIndex
        var seen = 0
        while index != bytes.endIndex, seen < 160 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return (index, bytes.index(after: index)) }
            if byte == 0xEF {
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0xBC {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == 0x9A { return (index, bytes.index(after: third)) }
                }
            }
            bytes.formIndex(after: &index)
            seen += 1
        }
        return nil
    }

    /// The same few names start most lines of a transcript, so each is judged once per file.
    struct Cache {
        private var judged: [Substring: String?] = [:]

        mutating func normalized(_ candidate: Substring) -> String? {
            if let known = judged[candidate] { return known }
            let result = SpeakerName.normalized(candidate)
            if judged.count < 4096 { judged[candidate] = result }
            return result
        }

        mutating func splitPrefix(_ line: Substring) -> (name: String, text: Substring)? {
            guard let (colon, after) = SpeakerName.colon(in: line), line[..<colon].count <= 48,
                let name = normalized(line[..<colon])
            else { return nil }
            return SpeakerName.rest(line[after...], name: name)
        }
    }

    private static func rest(_ rest: Substring, name: String) -> (name: String, text: Substring)? {
        // "10:30" and "https://" are not names; a name needs something said after it.
        if rest.hasPrefix("//") { return nil }
        return (name, rest.drop { $0 == " " || $0 == "\t" })
    }
}
