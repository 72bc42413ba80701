/// What one line is about, as terms the persona's items can be matched on:
/// English word forms, Chinese character pairs, and the lexicon's concepts.
public struct LineMeaning: Equatable, Sendable {
    public struct Term: Hashable, Sendable {
        /// `w:stop`, `b:停机` or `c:breakdown`: the three kinds never collide.
        public var key: String
        /// The line's own words that gave the term, for explaining a reply.
        public var words: String
        /// 1 in the line's main ask, less in what leads up to it or follows it.
        public var weight: Double = 1
    }

    /// How much words outside the main ask count: of two questions, a buyer answers the last.
    static let asideWeight = 0.5

    public var terms: [Term]
    /// "it", "that", "这": the line points back at what was just discussed.
    public var refersBack: Bool
    /// "biggest headache", "最头疼": an open question that names no topic itself.
    public var isOpen: Bool

    /// `clauseStarts` are the tokens after punctuation, where no Chinese pair crosses.
    public init(
        tokens: [String], clauseStarts: [Int] = [], language: ContentLanguage, lexicon: ConceptLexicon?
    ) {
        var terms: [Term] = []
        var positions: [String: Int] = [:]
        func add(_ key: String, _ words: String, _ weight: Double = 1) {
            if let at = positions[key] {
                terms[at].weight = max(terms[at].weight, weight)
            } else {
                positions[key] = terms.count
                terms.append(Term(key: key, words: words, weight: weight))
            }
        }
        let weighed = Self.weighedWords(tokens)
        let words = weighed.map(\.word)
        if language == .chinese {
            let han = weighed.filter { $0.word.unicodeScalars.allSatisfy(Tokenizer.isCJK) }
            refersBack = han.contains { WordForms.chineseReferringCharacters.contains($0.word) }
            var open = false
            // Pairs of characters next to each other in one clause: "离心、分杯" has no "心分".
            for (firstWord, secondWord) in zip(han, han.dropFirst())
            where secondWord.at == firstWord.at + 1 && !clauseStarts.contains(secondWord.at) {
                let (first, second) = (firstWord.word, secondWord.word)
                let pair = first + second
                if WordForms.chineseOpenPairs.contains(pair) { open = true }
                if WordForms.chineseStopPairs.contains(pair) || WordForms.chineseOpenPairs.contains(pair) { continue }
                // A pair across a function word ("让您", "么影") is noise, and rare noise weighs most.
                if WordForms.chineseFunctionCharacters.contains(first)
                    || WordForms.chineseFunctionCharacters.contains(second)
                {
                    continue
                }
                add("b:" + pair, pair, min(firstWord.weight, secondWord.weight))
            }
            for (_, word, weight) in weighed where !word.unicodeScalars.allSatisfy(Tokenizer.isCJK) {
                add("w:" + WordForms.stem(word), word, weight)
            }
            isOpen = open
        } else {
            refersBack = words.contains { WordForms.englishReferringWords.contains($0) }
            isOpen =
                words.contains { WordForms.englishOpenWords.contains($0) }
                || WordForms.englishOpenPhrases.contains { phrase in
                    words.indices.contains { words[$0...].starts(with: phrase) }
                }
            for (_, word, weight) in weighed
            where !WordForms.englishStopWords.contains(word) && !WordForms.englishOpenWords.contains(word) {
                add("w:" + WordForms.stem(word), word, weight)
            }
        }
        for (concept, said) in lexicon?.concepts(in: words) ?? [] { add("c:" + concept, said) }
        self.terms = terms
    }

    /// The line's words (no question marks, no bare numbers), each weighed by whether it is
    /// part of the main ask: the last question, with what leads up to it since the one before.
    static func weighedWords(_ tokens: [String]) -> [(at: Int, word: String, weight: Double)] {
        let marks = tokens.indices.filter { tokens[$0] == "?" }
        let main: Range<Int> =
            if let last = marks.last {
                (marks.dropLast().last.map { $0 + 1 } ?? 0)..<last
            } else {
                tokens.indices
            }
        return tokens.indices.compactMap { index in
            let token = tokens[index]
            guard token != "?", !token.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return (index, token, main.contains(index) ? 1 : asideWeight)
        }
    }

    /// A line whose words name nothing but pronouns and question frames.
    public var hasTopic: Bool { !terms.isEmpty }
}
