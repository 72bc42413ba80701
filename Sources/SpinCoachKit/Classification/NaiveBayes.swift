import Foundation

/// Multinomial naive Bayes over token unigrams and bigrams: the classifier's
/// learned fallback, trained in a single counting pass at start-up.
struct NaiveBayes: Sendable {
    let labels: [UtteranceLabel]
    private var featureIndex: [String: Int] = [:]
    /// Row per feature, column per label: log P(feature | label).
    private var logLikelihood: [Double] = []
    /// log P(unseen feature | label), so the vocabulary size of each label does not bias it.
    private var unseen: [Double] = []

    struct Example {
        var tokens: [String]
        var label: UtteranceLabel
    }

    init(labels: [UtteranceLabel], examples: [Example], smoothing: Double = 0.3) {
        self.labels = labels
        let column = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var counts: [Double] = []
        var totals = [Double](repeating: 0, count: labels.count)
        for example in examples {
            guard let label = column[example.label] else { continue }
            for feature in Self.features(example.tokens) {
                let row: Int
                if let existing = featureIndex[feature] {
                    row = existing
                } else {
                    row = featureIndex.count
                    featureIndex[feature] = row
                    counts += [Double](repeating: 0, count: labels.count)
                }
                counts[row * labels.count + label] += 1
                totals[label] += 1
            }
        }
        let vocabulary = Double(featureIndex.count)
        unseen = totals.map { log(smoothing / ($0 + smoothing * vocabulary)) }
        logLikelihood = counts.enumerated().map { offset, count in
            let label = offset % labels.count
            return log((count + smoothing) / (totals[label] + smoothing * vocabulary))
        }
    }

    static func features(_ tokens: [String]) -> [String] {
        var features = tokens
        if tokens.count > 1 {
            for index in 1..<tokens.count {
                features.append(tokens[index - 1] + " " + tokens[index])
            }
        }
        return features
    }

    /// Average log-likelihood per known feature, one score per label (uniform prior).
    /// Averaging keeps long and short utterances on one scale for the cue bonus.
    func scores(_ tokens: [String]) -> (scores: [Double], known: Int) {
        var scores = [Double](repeating: 0, count: labels.count)
        var known = 0
        for feature in Self.features(tokens) {
            guard let row = featureIndex[feature] else { continue }
            known += 1
            let base = row * labels.count
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
    func strongestFeatures(_ tokens: [String], for label: UtteranceLabel, count: Int = 2) -> [String] {
        guard let column = labels.firstIndex(of: label) else { return [] }
        var scored: [(String, Double)] = []
        for feature in Set(Self.features(tokens)) {
            guard let row = featureIndex[feature] else { continue }
            let base = row * labels.count
            let others = labels.indices.filter { $0 != column }.map { logLikelihood[base + $0] }.max() ?? 0
            scored.append((feature, logLikelihood[base + column] - others))
        }
        return scored.sorted { $0.1 > $1.1 }.prefix(count).filter { $0.1 > 0 }.map(\.0)
    }
}
