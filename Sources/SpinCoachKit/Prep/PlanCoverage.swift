/// Which planned questions a practice call asked: a rep line asks a planned question
/// when the classifier gives it the same SPIN type and it has at least half of the
/// question's topic words. Each line counts for one planned question at most.
public struct PlanCoverage: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var question: PlannedQuestion
        /// The rep's line that asked it.
        public var askedBy: String?
        /// A line with its words that the classifier gave another type.
        public var nearMiss: LabelledLine?
    }

    public struct LabelledLine: Equatable, Sendable {
        public var text: String
        public var label: UtteranceLabel

        public init(text: String, label: UtteranceLabel) {
            self.text = text
            self.label = label
        }
    }

    /// Half the topic words, as the matching rule says.
    static let wordShare = 0.5

    public var entries: [Entry]

    public var askedCount: Int { entries.filter { $0.askedBy != nil }.count }

    /// `lines` are what the rep said, in order, with their classifier labels.
    public init(plan: CallPlan, lines: [LabelledLine]) {
        let spoken = lines.map { (text: $0.text, label: $0.label, words: PlanWords.topics($0.text)) }
        var used = Set<Int>()
        entries = plan.questions.map { question in
            let words = PlanWords.topics(question.text)
            let matching = spoken.indices.filter {
                PlanWords.coverage(of: words, by: spoken[$0].words) >= Self.wordShare
            }
            if let index = matching.first(where: { !used.contains($0) && spoken[$0].label == question.type }) {
                used.insert(index)
                return Entry(question: question, askedBy: spoken[index].text, nearMiss: nil)
            }
            let near = matching.first { spoken[$0].label != question.type }
            return Entry(
                question: question, askedBy: nil,
                nearMiss: near.map { LabelledLine(text: spoken[$0].text, label: spoken[$0].label) })
        }
    }

    public func render(terms: Terms) -> String {
        let language = terms.language
        let words = PlanVocabulary(language: language)
        var lines = [
            language.text(
                "Planned questions asked: \(askedCount) of \(entries.count)", "计划中的问题问到了：\(askedCount)/\(entries.count)"
            )
        ]
        for entry in entries {
            let mark = entry.askedBy == nil ? "✗" : "✓"
            lines.append(
                "  \(mark) \(words.name(of: entry.question.type))\(language.text(": ", "："))\(entry.question.text)")
            if let line = entry.askedBy {
                lines.append(language.text("      you asked: ", "      你问的是：") + line)
            } else if let near = entry.nearMiss {
                lines.append(
                    language.text(
                        "      the words were in \"\(near.text)\", but it came out as \(terms.name(of: near.label))",
                        "      “\(near.text)”里有这些词，但它被归为\(terms.name(of: near.label))"))
            }
        }
        return lines.joined(separator: "\n")
    }
}
