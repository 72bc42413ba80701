/// What one line is about, as terms the persona's items can be matched on:
/// English word forms, Chinese character pairs, and the lexicon's concepts.
public struct LineMeaning: Equatable, Sendable {
    public struct Term: Hashable, Sendable {
        /// `w:stop`, `b:停机` or `c:breakdown`: the three kinds never collide.
        public var key: String
        /// The line's own words that gave the term, for explaining a reply.
        public var words: String
    }

    public var terms: [Term]
    /// "it", "that", "这": the line points back at what was just discussed.
    public var refersBack: Bool
    /// "biggest headache", "最头疼": an open question that names no topic itself.
    public var isOpen: Bool

    public init(tokens: [String], language: ContentLanguage, lexicon: ConceptLexicon?) {
        var terms: [Term] = []
        var seen: Set<String> = []
        func add(_ key: String, _ words: String) {
            if seen.insert(key).inserted { terms.append(Term(key: key, words: words)) }
        }
        let words = tokens.filter { $0 != "?" && !$0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        if language == .chinese {
            let han = words.filter { $0.unicodeScalars.allSatisfy(Tokenizer.isCJK) }
            refersBack = han.contains { WordForms.chineseReferringCharacters.contains($0) }
            var open = false
            for (first, second) in zip(han, han.dropFirst()) {
                let pair = first + second
                if WordForms.chineseOpenPairs.contains(pair) { open = true }
                if WordForms.chineseStopPairs.contains(pair) || WordForms.chineseOpenPairs.contains(pair) { continue }
                // A pair across a function word ("让您", "么影") is noise, and rare noise weighs most.
                if WordForms.chineseFunctionCharacters.contains(first)
                    || WordForms.chineseFunctionCharacters.contains(second)
                {
                    continue
                }
                add("b:" + pair, pair)
            }
            for word in words where !word.unicodeScalars.allSatisfy(Tokenizer.isCJK) {
                add("w:" + WordForms.stem(word), word)
            }
            isOpen = open
        } else {
            refersBack = words.contains { WordForms.englishReferringWords.contains($0) }
            isOpen = words.contains { WordForms.englishOpenWords.contains($0) }
            for word in words
            where !WordForms.englishStopWords.contains(word) && !WordForms.englishOpenWords.contains(word) {
                add("w:" + WordForms.stem(word), word)
            }
        }
        for (concept, said) in lexicon?.concepts(in: words) ?? [] { add("c:" + concept, said) }
        self.terms = terms
    }

    /// A line whose words name nothing but pronouns and question frames.
    public var hasTopic: Bool { !terms.isEmpty }
}
