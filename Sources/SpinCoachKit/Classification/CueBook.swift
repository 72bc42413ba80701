/// The classifier's cue lists for one language, compiled and indexed by first token.
///
/// A cue file (`Scripts/cues/en.cues`, `zh.cues`) has `[section]` headers
/// naming a label, `[question-form]` for phrasings that make a line a
/// question ("walk me through", "能介绍一下"), `[question-word]` for words that
/// ask unless the line ends with a full stop ("多少", "哪"), or `[price]` for
/// talk of price and budget, and one cue pattern per line.
public struct CueBook: Sendable {
    public enum Group: Hashable, Sendable {
        case label(UtteranceLabel)
        case questionForm
        /// Words that ask ("什么", "多少"): they make a line a question unless it ends
        /// with a full stop, where they only tell ("这几项我都记下了。").
        case questionWord
        /// Price, cost of the offer, budget: a question about them asks for facts
        /// (situation), however much it says "cost", and a buyer may object to it.
        case price

        var name: String {
            switch self {
            case .label(let label): label.rawValue
            case .questionForm: "question-form"
            case .questionWord: "question-word"
            case .price: "price"
            }
        }
    }

    public struct Cue: Sendable {
        public var group: Group
        public var pattern: CuePattern
        public var line: Int
    }

    public let language: ContentLanguage
    public private(set) var cues: [Cue] = []
    /// The cues' compiled matchers, parallel to `cues`, for the hot path.
    private var matchers: [FlatPattern] = []
    private var exactIndex: [String: [Int]] = [:]
    private var prefixIndex: [String: [Int]] = [:]
    /// Word-start cues of a single letter (`z*`), found by a token's first letter.
    private var shortPrefixIndex: [String: [Int]] = [:]
    private var anchored: [Int] = []

    /// How many tokens a `*` may skip: Chinese tokens are single characters.
    static func gap(for language: ContentLanguage) -> Int { language == .chinese ? 12 : 5 }

    public init(language: ContentLanguage) {
        self.language = language
    }

    /// Adds the cues in `text`; returns the problems found (their lines are skipped).
    @discardableResult
    public mutating func add(parsing text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var group: Group?
        // Cues under a misspelt section are skipped quietly: the header was already reported.
        var inUnknownSection = false
        let sections = UtteranceLabel.allCases.map(\.rawValue) + ["question-form", "question-word", "price"]
        for (index, raw) in ContentLine.lines(of: text).enumerated() {
            guard let line = ContentLine(raw), !line.body.hasPrefix("#") else { continue }
            let number = index + 1
            if line.body.hasPrefix("[") {
                let name = String(line.body.dropFirst().prefix { $0 != "]" }).trimmingBlanks()
                if !line.body.hasSuffix("]") {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: number, column: line.column,
                            message: "section header is missing its closing ']'"))
                    group = nil
                } else if name == "question-form" {
                    group = .questionForm
                    inUnknownSection = false
                } else if name == "question-word" {
                    group = .questionWord
                    inUnknownSection = false
                } else if name == "price" {
                    group = .price
                    inUnknownSection = false
                } else if let label = UtteranceLabel(rawValue: name) {
                    group = .label(label)
                    inUnknownSection = false
                } else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: number, column: line.column + 1,
                            message: "unknown section '[\(name)]'; expected one of \(sections.joined(separator: ", "))")
                    )
                    group = nil
                    inUnknownSection = true
                }
                continue
            }
            guard let group else {
                if !inUnknownSection {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: number, column: line.column, message: "cue comes before any [section]"))
                }
                continue
            }
            // `a|b` on one line is shorthand for two cues.
            var column = line.column
            for alternative in line.body.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false)
                .map(Substring.init)
            {
                defer { column += alternative.count + 1 }
                do {
                    let pattern = try CuePattern(String(alternative).trimmingBlanks(), gap: Self.gap(for: language))
                    if let character = pattern.loneChineseCharacter {
                        let blanks = alternative.prefix { $0.unicodeScalars.allSatisfy(\.isBlank) }.count
                        diagnostics.append(
                            Self.loneCharacterDiagnostic(character, file: file, line: number, column: column + blanks))
                        continue
                    }
                    add(Cue(group: group, pattern: pattern, line: number))
                } catch {
                    let reason =
                        switch error {
                        case .empty: "cue is empty"
                        case .gapAtEdge: "a cue cannot start or end with '*'"
                        case .emptyAlternative: "empty alternative in '\(line.body)' (check for a stray '/' or '|')"
                        }
                    diagnostics.append(Diagnostic(file: file, line: number, column: line.column, message: reason))
                    break
                }
            }
        }
        return diagnostics
    }

    /// Chinese has no spaces, so one character also matches inside longer words
    /// (`慢` in “慢慢”, `几` in “几乎”): it must be tied to an edge of the line or
    /// written with the characters around it.
    static func loneCharacterDiagnostic(_ character: String, file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            file: file, line: line, column: column,
            message: "one-character Chinese cue '\(character)' also matches inside longer words; "
                + "tie it to the start or end of the line (^\(character), \(character)$) or write it with its context")
    }

    private mutating func add(_ cue: Cue) {
        let index = cues.count
        cues.append(cue)
        matchers.append(cue.pattern.flat)
        if cue.pattern.anchored {
            anchored.append(index)
            return
        }
        for first in cue.pattern.firstTokens {
            if first.isPrefix && first.token.unicodeScalars.count < 2 {
                shortPrefixIndex[first.token, default: []].append(index)
            } else if first.isPrefix {
                prefixIndex[Self.indexKey(first.token), default: []].append(index)
            } else {
                exactIndex[first.token, default: []].append(index)
            }
        }
    }

    /// Prefix cues are found by their first two letters.
    static func indexKey(_ token: String) -> String {
        String(String.UnicodeScalarView(token.unicodeScalars.prefix(2)))
    }

    /// The cues that could start at `token`: exact first words, and word-start
    /// cues sharing its first two letters (`exactOnly` skips the prefix check).
    func candidates(for token: String, filtered: Bool = false) -> [Int] {
        var result = exactIndex[token] ?? []
        if let first = token.unicodeScalars.first, let short = shortPrefixIndex[String(first)] {
            result += short
        }
        if let prefixed = prefixIndex[Self.indexKey(token)] {
            result +=
                filtered
                ? prefixed.filter { index in
                    cues[index].pattern.firstTokens.contains { $0.isPrefix && token.hasPrefix($0.token) }
                } : prefixed
        }
        return result
    }

    /// Every token that begins some cue, for precomputing candidates.
    var firstWords: [String] { Array(exactIndex.keys) }

    /// Every cue that matches somewhere in `tokens`, each once, in cue-file order.
    public func hits(in tokens: [String]) -> [Cue] {
        hits(in: TokenizedText(tokens), candidates: tokens.map { candidates(for: $0) })
    }

    /// As `hits(in:)`, with the cues that could start at each position already looked up.
    func hits(in text: TokenizedText, candidates: [[Int]]) -> [Cue] {
        var matched = [Bool](repeating: false, count: cues.count)
        var found: [Int] = []
        // Borrowing the matchers through a buffer spares a reference count per test.
        matchers.withUnsafeBufferPointer { matchers in
            func test(_ index: Int, at position: Int) {
                if !matched[index] && matchers[index].match(text, step: 0, position: position) {
                    matched[index] = true
                    found.append(index)
                }
            }
            for index in anchored where !text.tokens.isEmpty { test(index, at: 0) }
            for (position, indices) in candidates.enumerated() {
                for index in indices { test(index, at: position) }
            }
        }
        return found.sorted().map { cues[$0] }
    }
}
