extension UtteranceClassifier {
    /// Builds the classifier from content: the cue files, plus a model trained on
    /// the scripts' own questions (labelled by their section, DISC variants too)
    /// and on the development part of the gold set.
    /// `languages` limits training to the languages needed (a practice call needs one).
    public init(library: ContentLibrary, languages: Set<ContentLanguage> = Set(ContentLanguage.allCases)) {
        let gold = library.developmentGold.filter { languages.contains($0.key) }.values
            .flatMap { Self.examples(from: $0) }
        let chosen = library.scripts.filter { languages.contains($0.language) }
        let scripts = Self.examples(from: chosen)
        self.init(
            cueBooks: library.cueBooks, training: scripts + gold,
            scriptQuestions: scripts + Self.examples(from: chosen, label: { $0 == .opening ? .question : nil }))
    }

    /// An opening question said word for word sets the agenda ("…then decide whether a next
    /// step is worth it. Fair?"): a plain question, whatever cues of a later stage it holds.
    static func examples(
        from scripts: [Script], label: (ScriptSection) -> UtteranceLabel? = label(for:)
    ) -> [TrainingExample] {
        var examples: [TrainingExample] = []
        for script in scripts {
            for question in script.questions {
                guard let label = label(question.section) else { continue }
                for text in [question.text] + question.variants.values.sorted() {
                    var example = TrainingExample(text: text, label: label, language: script.language)
                    example.source = ScriptQuestionReference(script: script.id, question: question.id)
                    examples.append(example)
                }
            }
        }
        return examples
    }

    static func examples(from gold: GoldSet) -> [TrainingExample] {
        gold.items.map { TrainingExample(text: $0.text, label: $0.label, language: gold.language) }
    }

    /// Opening questions mix rapport and agenda-setting, so they teach nothing clean.
    static func label(for section: ScriptSection) -> UtteranceLabel? {
        switch section {
        case .opening: nil
        case .situation: .situation
        case .problem: .problem
        case .implication: .implication
        case .needPayoff: .needPayoff
        case .commitment: .commitment
        }
    }
}

extension Evaluation {
    /// K-fold cross-validation on the development set: each fold is scored by a
    /// classifier trained on the scripts and the other folds. This is how cues
    /// and weights are tuned without touching the held-out part.
    public static func crossValidate(
        library: ContentLibrary, language: ContentLanguage, folds: Int, tuning: UtteranceClassifier.Tuning = .init()
    ) -> [Evaluation] {
        guard let development = library.developmentGold[language], folds > 1 else { return [] }
        let scriptExamples = UtteranceClassifier.examples(from: library.scripts)
        return (0..<folds).map { fold in
            let held = development.items.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let kept = development.items.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            var classifier = UtteranceClassifier(
                cueBooks: library.cueBooks,
                training: scriptExamples
                    + UtteranceClassifier.examples(from: GoldSet(language: language, items: kept)))
            classifier.tuning = tuning
            return Evaluation(classifier: classifier, gold: GoldSet(language: language, items: held))
        }
    }
}
