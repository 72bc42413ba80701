import Foundation

/// Every item of one persona as a weighted bag of terms, drawn from all the persona
/// says about it (cues, its own lines) and the script questions written for it,
/// ranked against a line by BM25 so rarer words weigh more.
public struct PersonaIndex: Sendable {
    public struct Match: Equatable, Sendable {
        public var item: PersonaItem
        public var score: Double
        /// The line's words that met the item, strongest first.
        public var evidence: [String]
    }

    struct Document: Sendable {
        var item: PersonaItem
        var weights: [String: Double] = [:]
        var length: Double = 0
        /// Each line about the item on its own: a rep's question is most like one of them.
        var passages: [Set<String>] = []

        mutating func add(_ text: String, weight: Double, language: ContentLanguage, lexicon: ConceptLexicon?) {
            let tokens = Tokenizer.tokenize(text)
            let meaning = LineMeaning(
                tokens: tokens.tokens, clauseStarts: tokens.clauseStarts, language: language, lexicon: lexicon)
            for term in meaning.terms {
                weights[term.key, default: 0] += weight
                length += weight
            }
            passages.append(Set(meaning.terms.map(\.key)))
        }
    }

    /// How much a persona's cue counts against a line of its prose: cues are chosen words.
    static let cueWeight = 3.0
    /// How much a rep's own wording (a persona's `asked` lines) counts: it is the register a line is in.
    static let askedWeight = 1.0
    static let k1 = 1.2
    /// Length normalisation, gentler than BM25's usual 0.75: an item the persona says much
    /// about (many `asked` lines) is not the less likely for it.
    static let b = 0.375

    let documents: [Document]
    let inverseFrequency: [String: Double]
    let averageLength: Double
    /// The weight of a word only one item uses.
    let rarest: Double
    public let language: ContentLanguage
    public let lexicon: ConceptLexicon?

    public init(persona: Persona, scripts: [Script], lexicon: ConceptLexicon?) {
        language = persona.language
        self.lexicon = lexicon
        var documents: [Document] = []
        func document(_ item: PersonaItem, cues: [String], lines: [(String, Double)]) -> Document {
            var document = Document(item: item)
            for cue in cues {
                document.add(cue, weight: Self.cueWeight, language: persona.language, lexicon: lexicon)
            }
            for (line, weight) in lines {
                document.add(line, weight: weight, language: persona.language, lexicon: lexicon)
            }
            return document
        }
        let questions = Self.questions(for: persona, in: scripts)
        func repWording(_ lines: [String]) -> [(String, Double)] { lines.map { ($0, Self.askedWeight) } }
        for fact in persona.facts {
            let asked = questions(.situation, fact.cues, .fact(fact.id)) + repWording(fact.asked)
            documents.append(document(.fact(fact.id), cues: fact.cues, lines: [(fact.say, 1)] + asked))
        }
        for problem in persona.problems {
            let asked = questions(.problem, problem.cues, .problem(problem.id)) + repWording(problem.asked)
            let own = [(problem.admit, 1.0)] + (problem.deny.map { [($0, 0.5)] } ?? [])
            documents.append(document(.problem(problem.id), cues: problem.cues, lines: own + asked))
            for (index, implication) in problem.implications.enumerated() {
                let askedAbout =
                    questions(.implication, implication.cues, .implication(problem.id, index))
                    + repWording(implication.asked)
                documents.append(
                    document(
                        .implication(problem.id, index), cues: implication.cues,
                        lines: [(implication.say, 1)] + askedAbout))
            }
            let payoffs = questions(.needPayoff, problem.cues, .need(problem.id)) + repWording(problem.needAsked)
            documents.append(
                document(
                    .need(problem.id), cues: problem.cues,
                    lines: [(problem.need, 1.5), (problem.benefit, 1)] + payoffs))
        }
        self.documents = documents
        var counts: [String: Int] = [:]
        for document in documents {
            for key in document.weights.keys { counts[key, default: 0] += 1 }
        }
        let total = Double(documents.count)
        inverseFrequency = counts.mapValues { log(1 + (total - Double($0) + 0.5) / (Double($0) + 0.5)) }
        rarest = inverseFrequency.values.max() ?? 1
        averageLength = documents.isEmpty ? 1 : max(1, documents.map(\.length).reduce(0, +) / total)
    }

    /// The script questions of one section written for an item: tagged for it (`probes:`),
    /// or with text that meets any of its cues.
    static func questions(for persona: Persona, in scripts: [Script])
        -> (ScriptSection, [String], PersonaItem) -> [(String, Double)]
    {
        let mine = scripts.filter { persona.scripts.contains($0.id) && $0.language == persona.language }
        let bySection = Dictionary(grouping: mine.flatMap(\.questions), by: \.section)
        let tokenized = bySection.mapValues { questions in
            questions.map { question in
                (question, ([question.text] + question.variants.values.sorted()).map(Tokenizer.tokenize))
            }
        }
        return { section, cues, item in
            let patterns = cues.map(CuePattern.init(personaCue:))
            return (tokenized[section] ?? []).compactMap { question, texts in
                let meets = question.probes(item) || texts.contains { text in patterns.contains { $0.matches(text) } }
                return meets ? (question.text, 1) : nil
            }
        }
    }

    public func meaning(of line: TokenizedText) -> LineMeaning {
        LineMeaning(tokens: line.tokens, clauseStarts: line.clauseStarts, language: language, lexicon: lexicon)
    }

    /// Items of the given kinds that share any term with the line, best first.
    public func rank(_ meaning: LineMeaning, kinds: Set<PersonaItem.Kind>) -> [Match] {
        var matches: [Match] = []
        for document in documents where kinds.contains(document.item.kind) {
            var score = 0.0
            var evidence: [(String, Double)] = []
            for term in meaning.terms {
                guard let weight = document.weights[term.key], let idf = inverseFrequency[term.key] else { continue }
                let norm = Self.k1 * (1 - Self.b + Self.b * document.length / averageLength)
                let part = term.weight * idf * weight * (Self.k1 + 1) / (weight + norm)
                score += part
                evidence.append((term.words, part))
            }
            score += Self.passageWeight * bestPassage(document, meaning)
            if score > 0 {
                let words = evidence.sorted { $0.1 > $1.1 }.map(\.0)
                var unique: [String] = []
                for word in words where !unique.contains(word) { unique.append(word) }
                matches.append(Match(item: document.item, score: score, evidence: unique))
            }
        }
        return matches.sorted { $0.score > $1.score }
    }

    /// How much the item's single closest line adds to its whole bag of words.
    static let passageWeight = 3.0

    /// The line's rarer words found together in one of the item's lines (two at least: one
    /// shared word makes no likeness), shorter lines counting more.
    func bestPassage(_ document: Document, _ meaning: LineMeaning) -> Double {
        var best = 0.0
        for passage in document.passages {
            var shared = 0.0
            var count = 0
            for term in meaning.terms where passage.contains(term.key) {
                shared += term.weight * (inverseFrequency[term.key] ?? 0)
                count += 1
            }
            guard count >= 2 else { continue }
            best = max(best, shared / (1 + 0.1 * Double(passage.count)))
        }
        return best
    }

    /// How much of the line's topic the persona has words for, rarer words weighing more and a
    /// word it never uses counting as the rarest: "is it sunny outside?" is mostly not its world.
    public func knownShare(of meaning: LineMeaning) -> Double {
        var known = 0.0
        var total = 0.0
        for term in meaning.terms {
            let weight = inverseFrequency[term.key]
            known += term.weight * (weight ?? 0)
            total += term.weight * (weight ?? rarest)
        }
        return total == 0 ? 1 : known / total
    }

    /// Whether any of the line's terms is anywhere in the persona: a line with topic
    /// words the persona never uses is about something else, not an open question.
    public func knows(_ meaning: LineMeaning) -> Bool {
        meaning.terms.contains { inverseFrequency[$0.key] != nil }
    }
}

/// A persona index shared by every copy of a buyer (undo points copy the call's state):
/// it never changes once built, and two buyers are alike when they share one.
public final class PersonaIndexReference: Equatable, Sendable {
    public let index: PersonaIndex

    init(_ index: PersonaIndex) {
        self.index = index
    }

    public static func == (lhs: PersonaIndexReference, rhs: PersonaIndexReference) -> Bool { lhs === rhs }
}
