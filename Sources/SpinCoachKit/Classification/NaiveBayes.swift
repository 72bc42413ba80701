import Foundation

/// Multinomial naive Bayes over token unigrams, bigrams and how the line
/// starts: the classifier's learned fallback, trained in one counting pass.
///
/// Tokens are interned to numbers and features are packed into 64-bit keys,
/// so scoring an utterance hashes integers rather than building strings.
struct NaiveBayes: Sendable {
    let labels: [UtteranceLabel]
    /// Every token seen in training, numbered from 1 (0 means unseen).
    private(set) var vocabulary: [String: UInt32] = [:]
    private var featureRows = FeatureTable()
    /// Row per feature, column per label: log P(feature | label).
    private var logLikelihood: [Double] = []
    private var featureKeys: [UInt64] = []
    private var tokenNames: [String] = []

    struct Example {
        var tokens: [String]
        var label: UtteranceLabel
    }

    init(labels: [UtteranceLabel], examples: [Example], smoothing: Double = 0.3) {
        self.labels = labels
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        // Sized for the most features the examples could have, so the table never regrows.
        let most = examples.reduce(0) { $0 + $1.tokens.count * 2 + 2 }
        featureRows = FeatureTable(capacity: most)
        var counts: [Double] = []
        counts.reserveCapacity(most * labels.count)
        featureKeys.reserveCapacity(most)
        var totals = [Double](repeating: 0, count: labels.count)
        for example in examples {
            guard let label = column[example.label] else { continue }
            var ids: [UInt32] = []
            for token in example.tokens { ids.append(intern(token)) }
            for feature in Self.features(ids) {
                let row: Int
                if let existing = featureRows[feature] {
                    row = Int(existing)
                } else {
                    row = featureKeys.count
                    featureRows.insert(feature, row: Int32(row))
                    featureKeys.append(feature)
                    for _ in labels.indices { counts.append(0) }
                }
                counts[row * labels.count + label] += 1
                totals[label] += 1
            }
        }
        let size = Double(featureKeys.count)
        // Most counts are zero: their log-likelihood is one constant per label, so
        // only the non-zero counts need a logarithm of their own.
        let denominators = totals.map { log($0 + smoothing * size) }
        let unseen = denominators.map { log(smoothing) - $0 }
        logLikelihood = counts.enumerated().map { offset, count in
            let label = offset % labels.count
            return count == 0 ? unseen[label] : log(count + smoothing) - denominators[label]
        }
    }

    private mutating func intern(_ token: String) -> UInt32 {
        if let id = vocabulary[token] { return id }
        let id = UInt32(tokenNames.count + 1)
        vocabulary[token] = id
        tokenNames.append(token)
        return id
    }

    /// Token ids, 0 for a token never seen in training.
    func ids(_ tokens: [String]) -> [UInt32] {
        tokens.map { vocabulary[$0] ?? 0 }
    }

    private static let bigramTag: UInt64 = 1 << 62
    private static let startTag: UInt64 = 1 << 61

    /// Unigrams, bigrams, and how the line starts: "how many" opening a line asks
    /// for facts, while "if … how many more" asks what a fix is worth.
    static func features(_ ids: [UInt32]) -> [UInt64] {
        var features: [UInt64] = []
        features.reserveCapacity(ids.count * 2 + 2)
        for (index, id) in ids.enumerated() where id != 0 {
            features.append(UInt64(id))
            if index > 0, ids[index - 1] != 0 {
                features.append(bigramTag | UInt64(ids[index - 1]) << 31 | UInt64(id))
            }
        }
        if let first = ids.first, first != 0 {
            features.append(startTag | UInt64(first))
            if ids.count > 1, ids[1] != 0 { features.append(startTag | UInt64(first) << 31 | UInt64(ids[1])) }
        }
        return features
    }

    /// Average log-likelihood per known feature, one score per label (uniform prior).
    /// Averaging keeps long and short utterances on one scale for the cue bonus.
    func scores(ids: [UInt32]) -> (scores: [Double], known: Int) {
        var scores = [Double](repeating: 0, count: labels.count)
        var known = 0
        for feature in Self.features(ids) {
            guard let row = featureRows[feature] else { continue }
            known += 1
            let base = Int(row) * labels.count
            for label in labels.indices {
                scores[label] += logLikelihood[base + label]
            }
        }
        if known > 0 {
            for label in labels.indices { scores[label] /= Double(known) }
        }
        return (scores, known)
    }

    /// The features of `tokens` that most favour `label` over the others, for evidence.
    func strongestFeatures(ids: [UInt32], for label: UtteranceLabel) -> [String] {
        guard let column = labels.firstIndex(of: label) else { return [] }
        // The two best, kept by hand: this runs for every utterance no cue decided.
        var best: [(feature: UInt64, margin: Double)] = []
        for feature in Self.features(ids) where !best.contains(where: { $0.feature == feature }) {
            guard let row = featureRows[feature] else { continue }
            let base = Int(row) * labels.count
            var others = -Double.infinity
            for other in labels.indices where other != column { others = max(others, logLikelihood[base + other]) }
            let margin = logLikelihood[base + column] - others
            guard margin > 0 else { continue }
            if best.count < 2 {
                best.append((feature, margin))
                best.sort { $0.margin > $1.margin }
            } else if margin > best[1].margin {
                best[1] = (feature, margin)
                best.sort { $0.margin > $1.margin }
            }
        }
        return best.map { name(of: $0.feature) }
    }

    private func name(of feature: UInt64) -> String {
        let mask: UInt64 = (1 << 31) - 1
        func token(_ id: UInt64) -> String { id == 0 ? "" : tokenNames[Int(id) - 1] }
        let tagged = feature & (Self.bigramTag | Self.startTag)
        let second = token(feature & mask)
        let first = token((feature & ~(Self.bigramTag | Self.startTag)) >> 31)
        switch tagged {
        case Self.bigramTag: return "\(first) \(second)"
        case Self.startTag: return first.isEmpty ? "^\(second)" : "^\(first) \(second)"
        default: return second
        }
    }
}
