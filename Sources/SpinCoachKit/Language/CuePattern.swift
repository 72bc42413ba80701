/// A cue: a short phrase matched against tokens (see Scripts/cues/README.md).
///
/// Syntax: words separated by spaces; `word*` matches any word starting with
/// `word`; `a/b/c` matches any one of the words;
/// `*` alone skips a few tokens (up to 5 in English, 12 in Chinese); a leading
/// `^` anchors the cue to the start of the utterance and a trailing `$` to its
/// end (a closing question mark may follow). Chinese needs no spaces: each
/// character is a token, so `有没有` is three tokens in a row.
public struct CuePattern: Equatable, Sendable {
    /// One way to match: consecutive tokens, each exact or a word start.
    struct Alternative: Equatable, Sendable {
        var tokens: [String]
        var isPrefix: [Bool]
    }

    enum Element: Equatable, Sendable {
        case choice([Alternative])
        case gap(Int)
    }

    public let source: String
    let elements: [Element]
    let anchored: Bool
    /// Tied to the end of the utterance (`$`), where only question marks may follow.
    let anchoredAtEnd: Bool
    /// The compiled form the hot path matches with.
    let flat: FlatPattern

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
        anchoredAtEnd = text.hasSuffix("$")
        if anchoredAtEnd { text = text.dropLast() }
        var elements: [Element] = []
        for piece in Self.pieces(text) {
            if piece == "*" {
                elements.append(.gap(gap))
                continue
            }
            var alternatives: [Alternative] = []
            for option in piece.unicodeScalars.split(separator: "/", omittingEmptySubsequences: false).map(
                Substring.init)
            {
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
        flat = FlatPattern(elements, anchoredAtEnd: anchoredAtEnd)
    }

    /// Splits at blanks, and around a `*` written between two characters
    /// (`会不会*流失`), which is a gap; a `*` ending a word marks a word start.
    static func pieces(_ text: Substring) -> [String] {
        var spaced = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
            if scalar == "*" && !next.isBlank && next != "/" {
                spaced.append(contentsOf: " * ".unicodeScalars)
            } else {
                spaced.append(scalar)
            }
        }
        return spaced.split(whereSeparator: \.isBlank).map { String(String.UnicodeScalarView($0)) }
    }

    /// Builds a persona cue: every English word matches as a word start, and
    /// Chinese characters match in a row.
    public init(personaCue: String) {
        source = personaCue
        anchored = false
        anchoredAtEnd = false
        let tokens = Tokenizer.tokens(personaCue).filter { $0 != "?" }
        let isPrefix = tokens.map { $0.unicodeScalars.first.map(Tokenizer.isCJK) != true }
        elements = tokens.isEmpty ? [] : [.choice([Alternative(tokens: tokens, isPrefix: isPrefix)])]
        flat = FlatPattern(elements, anchoredAtEnd: false)
    }

    /// A cue with nothing to match (only punctuation) never matches anything.
    public var isEmpty: Bool { elements.isEmpty }

    /// The character, when the cue is one Chinese character with no anchor, or
    /// offers one as an alternative: it then also matches inside longer words
    /// (`慢` in 慢慢), which the checker rejects.
    public var loneChineseCharacter: String? {
        guard !anchored, !anchoredAtEnd, elements.count == 1, case .choice(let alternatives) = elements[0] else {
            return nil
        }
        return alternatives.first { alternative in
            alternative.tokens.count == 1 && alternative.tokens[0].unicodeScalars.allSatisfy(Tokenizer.isCJK)
        }?.tokens[0]
    }

    /// What a first token must be or start with, for indexing.
    var firstTokens: [(token: String, isPrefix: Bool)] {
        guard case .choice(let alternatives)? = elements.first else { return [] }
        return alternatives.map { ($0.tokens[0], $0.isPrefix[0]) }
    }

    public func matches(_ tokens: [String]) -> Bool {
        matches(TokenizedText(tokens))
    }

    /// Whether the cue matches anywhere; the text is hashed once, by the caller.
    public func matches(_ text: TokenizedText) -> Bool {
        if elements.isEmpty { return false }
        if anchored { return flat.match(text, step: 0, position: 0) }
        return text.tokens.indices.contains { flat.match(text, step: 0, position: $0) }
    }

    /// Whether the pattern matches starting exactly at token `start`.
    func matches(_ tokens: [String], at start: Int) -> Bool {
        if anchored && start != 0 { return false }
        return flat.match(TokenizedText(tokens), step: 0, position: start)
    }
}

/// The pattern laid out in flat arrays of plain values, so matching (the
/// classifier's hot path) does no reference counting on nested arrays. A class,
/// so handing one to the matcher costs one reference count, not one per array.
/// Exact words are compared by their hash (`Tokenizer.hash`), never as strings.
final class FlatPattern: Equatable, Sendable {
    struct Step: Equatable, Sendable {
        /// Tokens a gap may skip, or -1 for a choice of alternatives.
        var gap: Int
        var firstAlternative: Int
        var alternativeCount: Int
    }

    struct Span: Equatable, Sendable {
        var first: Int
        var count: Int
    }

    let steps: [Step]
    let alternatives: [Span]
    let words: [String]
    let wordHashes: [UInt64]
    let isPrefix: [Bool]
    let anchoredAtEnd: Bool

    static func == (lhs: FlatPattern, rhs: FlatPattern) -> Bool {
        lhs.steps == rhs.steps && lhs.alternatives == rhs.alternatives && lhs.words == rhs.words
            && lhs.isPrefix == rhs.isPrefix && lhs.anchoredAtEnd == rhs.anchoredAtEnd
    }

    static let questionMarkHash = Tokenizer.hash("?")

    init(_ elements: [CuePattern.Element], anchoredAtEnd: Bool) {
        self.anchoredAtEnd = anchoredAtEnd
        var steps: [Step] = []
        var alternatives: [Span] = []
        var words: [String] = []
        var isPrefix: [Bool] = []
        for element in elements {
            switch element {
            case .gap(let limit):
                steps.append(Step(gap: limit, firstAlternative: 0, alternativeCount: 0))
            case .choice(let choices):
                steps.append(Step(gap: -1, firstAlternative: alternatives.count, alternativeCount: choices.count))
                for choice in choices {
                    alternatives.append(Span(first: words.count, count: choice.tokens.count))
                    words += choice.tokens
                    isPrefix += choice.isPrefix
                }
            }
        }
        self.steps = steps
        self.alternatives = alternatives
        self.words = words
        self.wordHashes = words.map(Tokenizer.hash)
        self.isPrefix = isPrefix
    }

    func match(_ text: TokenizedText, step: Int, position: Int) -> Bool {
        if step == steps.count {
            return !anchoredAtEnd || text.hashes[position...].allSatisfy { $0 == Self.questionMarkHash }
        }
        let current = steps[step]
        let count = text.tokens.count
        if current.gap >= 0 {
            var skip = 0
            while skip <= current.gap && position + skip <= count {
                if match(text, step: step + 1, position: position + skip) { return true }
                skip += 1
            }
            return false
        }
        for alternative in current.firstAlternative..<(current.firstAlternative + current.alternativeCount) {
            let span = alternatives[alternative]
            guard position + span.count <= count else { continue }
            var matched = true
            for offset in 0..<span.count {
                let word = span.first + offset
                let found =
                    isPrefix[word]
                    ? text.tokens[position + offset].hasPrefix(words[word])
                    : text.hashes[position + offset] == wordHashes[word]
                if !found {
                    matched = false
                    break
                }
            }
            if matched && match(text, step: step + 1, position: position + span.count) { return true }
        }
        return false
    }
}
