/// Accuracy, per-label precision and recall, and the confusion matrix of a run over a gold set.
public struct Evaluation: Sendable {
    public struct Miss: Sendable {
        public var item: GoldSet.Item
        public var predicted: Classification
    }

    /// confusion[gold][predicted] = count.
    public private(set) var confusion: [UtteranceLabel: [UtteranceLabel: Int]] = [:]
    public private(set) var misses: [Miss] = []
    public private(set) var total = 0

    /// Several evaluations as one (the folds of a cross-validation).
    public init(combining parts: [Evaluation]) {
        for part in parts {
            total += part.total
            misses += part.misses
            for (gold, row) in part.confusion {
                for (predicted, count) in row { confusion[gold, default: [:]][predicted, default: 0] += count }
            }
        }
    }

    public init(classifier: UtteranceClassifier, gold: GoldSet) {
        for item in gold.items {
            let result = classifier.classify(
                item.text, language: gold.language, statedNeeds: item.statedNeed.map { [$0] } ?? [])
            confusion[item.label, default: [:]][result.label, default: 0] += 1
            total += 1
            if result.label != item.label { misses.append(Miss(item: item, predicted: result)) }
        }
    }

    public var correct: Int { UtteranceLabel.allCases.reduce(0) { $0 + count(gold: $1, predicted: $1) } }
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// Of the items whose gold label is a SPIN type, the share labelled exactly right.
    public var spinAccuracy: Double {
        let spinTotal = UtteranceLabel.spin.reduce(0) { $0 + goldCount($1) }
        let spinCorrect = UtteranceLabel.spin.reduce(0) { $0 + count(gold: $1, predicted: $1) }
        return spinTotal == 0 ? 0 : Double(spinCorrect) / Double(spinTotal)
    }

    public func count(gold: UtteranceLabel, predicted: UtteranceLabel) -> Int {
        confusion[gold]?[predicted] ?? 0
    }

    public func goldCount(_ label: UtteranceLabel) -> Int {
        confusion[label]?.values.reduce(0, +) ?? 0
    }

    public func predictedCount(_ label: UtteranceLabel) -> Int {
        UtteranceLabel.allCases.reduce(0) { $0 + count(gold: $1, predicted: label) }
    }

    public func precision(_ label: UtteranceLabel) -> Double? {
        let predicted = predictedCount(label)
        return predicted == 0 ? nil : Double(count(gold: label, predicted: label)) / Double(predicted)
    }

    public func recall(_ label: UtteranceLabel) -> Double? {
        let gold = goldCount(label)
        return gold == 0 ? nil : Double(count(gold: label, predicted: label)) / Double(gold)
    }

    /// The report `spincoach eval` and `make bench` print, laid out to `width` columns.
    public func report(title: String, width: Int = 80) -> String {
        func percent(_ value: Double?) -> String {
            value.map { String(format: "%5.1f%%", $0 * 100) } ?? "    -"
        }
        let summary = [
            title,
            String(format: "  accuracy (all labels): %.1f%% (%d/%d)", accuracy * 100, correct, total),
            String(format: "  accuracy (SPIN labels): %.1f%%", spinAccuracy * 100),
        ]
        let rows = UtteranceLabel.allCases.map { label in
            [label.rawValue, percent(precision(label)), percent(recall(label)), "\(goldCount(label))"]
        }
        let labels = TextTable(headers: ["label", "precision", "recall", "n"], rows: rows, indent: 2)
        // Three letters a column ("n-p" for need-payoff) keep the matrix within 60 columns.
        let short = UtteranceLabel.allCases.map { $0 == .needPayoff ? "n-p" : String($0.rawValue.prefix(3)) }
        let matrix = UtteranceLabel.allCases.map { gold in
            [gold.rawValue]
                + UtteranceLabel.allCases.map { predicted in
                    let value = count(gold: gold, predicted: predicted)
                    return value == 0 ? "." : "\(value)"
                }
        }
        let confusion = TextTable(headers: [""] + short, rows: matrix, indent: 2, gap: 1)
        return [
            summary.map { TextLayout.wrap($0, width: width, hanging: 4) }.joined(separator: "\n"),
            TextLayout.table(labels, width: width),
            TextLayout.wrap("  confusion (rows: gold, columns: predicted)", width: width, hanging: 4) + "\n"
                + TextLayout.table(confusion, width: width),
        ]
        .joined(separator: "\n\n")
    }
}
