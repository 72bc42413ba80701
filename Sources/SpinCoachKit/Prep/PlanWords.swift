/// The words of a line that name its topic, for matching a rep's own words against
/// script questions: English word forms without function words, Chinese character
/// pairs without function pairs (as the buyer's understanding reads them).
enum PlanWords {
    static func topics(_ text: String) -> Set<String> {
        let tokens = Tokenizer.tokens(text)
        var words = Set<String>()
        var previous: String?
        for token in tokens {
            guard let scalar = token.unicodeScalars.first, token != "?" else {
                previous = nil
                continue
            }
            if Tokenizer.isCJK(scalar) {
                if let previous, !WordForms.chineseFunctionCharacters.contains(previous),
                    !WordForms.chineseFunctionCharacters.contains(token)
                {
                    let pair = previous + token
                    if !WordForms.chineseStopPairs.contains(pair) { words.insert(pair) }
                }
                previous = token
            } else {
                previous = nil
                let lower = token.lowercased()
                if lower.count > 1, !WordForms.englishStopWords.contains(lower),
                    !WordForms.englishOpenWords.contains(lower)
                {
                    words.insert(WordForms.stem(lower))
                }
            }
        }
        return words
    }

    /// The share of `question`'s topic words that `line` also has (0 when it has none).
    static func coverage(of question: Set<String>, by line: Set<String>) -> Double {
        question.isEmpty ? 0 : Double(question.intersection(line).count) / Double(question.count)
    }

    /// The question of `section` that shares the most topic words with `text`, the first in
    /// file order on a tie; nil when none shares a word.
    static func closest(to text: String, in section: ScriptSection, of script: Script, style: DISCStyle?)
        -> ScriptQuestion?
    {
        closest(to: topics(text), among: script.questions(in: section), style: style)
    }

    static func closest(to words: Set<String>, among questions: [ScriptQuestion], style: DISCStyle?)
        -> ScriptQuestion?
    {
        var best: (question: ScriptQuestion, shared: Int)?
        for question in questions {
            let shared = topics(question.text(for: style)).intersection(words).count
            if shared > 0, shared > best?.shared ?? 0 { best = (question, shared) }
        }
        return best?.question
    }
}
