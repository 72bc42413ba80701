/// A cue: a short phrase matched against tokens (see Scripts/cues/README.md).
///
/// Syntax: words separated by spaces; `word*` matches any word starting with
/// `word`; `a/b/c` matches any one of the words;
/// `*` alone skips a few tokens (up to 5 in English, 12 in Chinese); a leading
/// `^` anchors the cue to the start of the utterance. Chinese needs no spaces:
/// each character is a token, so `有没有` is three tokens in a row.
public struct CuePattern: Equatable, Sendable {
    /// One way to match: consecutive tokens, each exact or a word start.
    struct Alternative: Equatable, Sendable {
        var tokens: [String]
        var isPrefix: [Bool]

        func matches(_ input: [String], at position: Int) -> Bool {
            guard position + tokens.count <= input.count else { return false }
            for offset in tokens.indices {
                let token = input[position + offset]
                if isPrefix[offset] ? !token.hasPrefix(tokens[offset]) : token != tokens[offset] { return false }
            }
            return true
        }
    }

    enum Element: Equatable, Sendable {
        case choice([Alternative])
        case gap(Int)
    }

    public let source: String
    let elements: [Element]
    let anchored: Bool

    public enum SyntaxError: Error, Equatable {
        case empty
        case gapAtEdge
        case emptyAlternative
    }

    /// Compiles one cue (no `|`: the cue file splits alternatives into separate cues).
    /// `gap` is how many tokens a `*` may skip.
    public init(_ source: String, gap: Int) throws(SyntaxError) {
        self.source = source
        var text = Substring(source)
        anchored = text.hasPrefix("^")
        if anchored { text = text.dropFirst() }
        var elements: [Element] = []
        for piece in Self.pieces(text) {
            if piece == "*" {
                elements.append(.gap(gap))
                continue
            }
            var alternatives: [Alternative] = []
            for option in piece.split(separator: "/", omittingEmptySubsequences: false) {
                let isPrefix = option.hasSuffix("*")
                // Chinese needs no spaces: an option of several characters is several tokens.
                let tokens = Tokenizer.tokens(String(isPrefix ? option.dropLast() : option))
                guard !tokens.isEmpty else { throw .emptyAlternative }
                alternatives.append(
                    Alternative(tokens: tokens, isPrefix: tokens.indices.map { isPrefix && $0 == tokens.count - 1 }))
            }
            elements.append(.choice(alternatives))
        }
        guard !elements.isEmpty else { throw .empty }
        if case .gap = elements.first { throw .gapAtEdge }
        if case .gap = elements.last { throw .gapAtEdge }
        self.elements = elements
    }

    /// Splits at blanks, and around a `*` written between two characters
    /// (`会不会*流失`), which is a gap; a `*` ending a word marks a word start.
    static func pieces(_ text: Substring) -> [String] {
        var spaced = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "*" && !next.isBlank && next != "/" {
                spaced += " * "
            } else {
                spaced.append(character)
            }
        }
        return spaced.split(whereSeparator: \.isBlank).map(String.init)
    }

    /// Builds a persona cue: every English word matches as a word start, and
    /// Chinese characters match in a row.
    public init(personaCue: String) {
        source = personaCue
        anchored = false
        let tokens = Tokenizer.tokens(personaCue).filter { $0 != "?" }
        let isPrefix = tokens.map { $0.unicodeScalars.first.map(Tokenizer.isCJK) != true }
        elements = tokens.isEmpty ? [] : [.choice([Alternative(tokens: tokens, isPrefix: isPrefix)])]
    }

    /// What a first token must be or start with, for indexing.
    var firstTokens: [(token: String, isPrefix: Bool)] {
        guard case .choice(let alternatives)? = elements.first else { return [] }
        return alternatives.map { ($0.tokens[0], $0.isPrefix[0]) }
    }

    public func matches(_ tokens: [String]) -> Bool {
        if elements.isEmpty { return false }
        if anchored { return matches(tokens, at: 0) }
        return tokens.indices.contains { matches(tokens, at: $0) }
    }

    /// Whether the pattern matches starting exactly at token `start`.
    func matches(_ tokens: [String], at start: Int) -> Bool {
        if anchored && start != 0 { return false }
        return match(tokens, element: 0, position: start)
    }

    private func match(_ tokens: [String], element: Int, position: Int) -> Bool {
        if element == elements.count { return true }
        switch elements[element] {
        case .gap(let limit):
            for skip in 0...limit where position + skip <= tokens.count {
                if match(tokens, element: element + 1, position: position + skip) { return true }
            }
            return false
        case .choice(let alternatives):
            for alternative in alternatives where alternative.matches(tokens, at: position) {
                if match(tokens, element: element + 1, position: position + alternative.tokens.count) { return true }
            }
            return false
        }
    }
}
