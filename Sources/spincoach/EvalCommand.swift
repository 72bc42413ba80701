import ArgumentParser
import SpinCoachKit

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the classifier on the held-out gold set, or the buyer on annotated calls.",
        discussion: """
            Prints accuracy, per-label precision and recall and the confusion matrix for \
            each language. The held-out part is never trained or tuned on; --cross-validate \
            instead scores the development part fold by fold, for tuning cues.
            """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "Only this language (en or zh).") var lang: ContentLanguage?
    @Option(help: "Score the development part by K-fold cross-validation instead.") var crossValidate: Int?
    @Flag(help: "Also list every misclassified utterance (with --calls: every misunderstood development line).")
    var misses = false
    @Flag(
        help: "Measure the buyer instead: replay the annotated natural calls and report how many lines it understood.")
    var calls = false

    func validate() throws {
        if calls && crossValidate != nil { throw ValidationError("--calls and --cross-validate cannot go together") }
        if let crossValidate, !(2...100).contains(crossValidate) {
            throw ValidationError("--cross-validate takes 2 to 100 folds")
        }
    }

    func run() throws {
        let library = content.loadLibrary(calls ? .all : .classifierData)
        let classifier = UtteranceClassifier(library: library)
        if calls {
            let report = EvalCallsReport(library: library, classifier: classifier, misses: misses)
            let languages = ContentLanguage.allCases.filter { lang == nil || lang == $0 }
            if !report.run(languages: languages) { throw CommandFailure("no annotated calls to replay") }
            return
        }
        var anything = false
        for language in ContentLanguage.allCases where lang == nil || lang == language {
            let evaluation: Evaluation
            let title: String
            if let folds = crossValidate {
                evaluation = Evaluation(
                    combining: Evaluation.crossValidate(library: library, language: language, folds: folds))
                title = "\(language.rawValue): development set, \(folds)-fold cross-validation"
            } else {
                let loaded: GoldSet?
                do {
                    loaded = try library.loadGold(language: language, part: "heldout")
                } catch {
                    Problems.engine.emit(error.diagnostics)
                    return
                }
                guard let gold = loaded else {
                    Problems.engine.emit(.warning, "no held-out gold set for \(language.rawValue)")
                    continue
                }
                evaluation = Evaluation(classifier: classifier, gold: gold)
                title = "\(language.rawValue): held-out set"
            }
            anything = true
            Console.out(evaluation.report(title: title, width: Console.width()))
            if misses {
                let lines = evaluation.misses.map { miss in
                    "line \(miss.item.line): \(miss.item.label.rawValue) -> \(miss.predicted.label.rawValue) "
                        + "(\(miss.predicted.evidence)): \(miss.item.text)"
                }
                Console.out("")
                Console.out(TextLayout.list(lines, width: Console.width(), style: .bullet("-"), indent: 2))
            }
            Console.out("")
        }
        if !anything { throw CommandFailure("no gold set to measure against") }
    }
}
