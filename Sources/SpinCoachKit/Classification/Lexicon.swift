/// Every token a language model knows, so each token of an utterance is hashed
/// once: the lookup gives both its number for the learned model and the cues
/// that could start at it.
struct Lexicon: Sendable {
    struct Entry: Sendable {
        var id: UInt32
        var cueCandidates: [Int]
    }

    /// Keyed by token hash (`Tokenizer.hash`), so a lookup hashes no string.
    private var index = FeatureTable()
    private var entries: [Entry] = []
    private let cues: CueBook

    init(vocabulary: [String: UInt32], cues: CueBook) {
        self.cues = cues
        index = FeatureTable(capacity: vocabulary.count + cues.cues.count)
        for (token, id) in vocabulary {
            add(token, Entry(id: id, cueCandidates: cues.candidates(for: token, filtered: true)))
        }
        for token in cues.firstWords where vocabulary[token] == nil {
            add(token, Entry(id: 0, cueCandidates: cues.candidates(for: token, filtered: true)))
        }
    }

    private mutating func add(_ token: String, _ entry: Entry) {
        index.insert(Tokenizer.hash(token), row: Int32(entries.count))
        entries.append(entry)
    }

    /// Model numbers (0 for unseen) and cue candidates, position by position.
    func lookup(_ text: TokenizedText) -> (ids: [UInt32], candidates: [[Int]]) {
        var ids: [UInt32] = []
        var candidates: [[Int]] = []
        ids.reserveCapacity(text.tokens.count)
        candidates.reserveCapacity(text.tokens.count)
        for (token, hash) in zip(text.tokens, text.hashes) {
            if let row = index[hash] {
                let entry = entries[Int(row)]
                ids.append(entry.id)
                candidates.append(entry.cueCandidates)
            } else {
                ids.append(0)
                candidates.append(cues.candidates(for: token))
            }
        }
        return (ids, candidates)
    }
}
