import SpinCoachKit

/// `eval --calls`: replays the annotated natural calls and prints how well the buyer understood them.
struct EvalCallsReport {
    var library: ContentLibrary
    var classifier: UtteranceClassifier
    var misses: Bool

    /// Whether any call was measured.
    func run(languages: [ContentLanguage]) -> Bool {
        var anything = false
        for language in languages {
            for (part, name) in [("dev", "development"), ("heldout", "held-out")] {
                let loaded = library.loadAnnotatedCalls(language: language, part: part)
                Problems.engine.emit(loaded.diagnostics.map { $0.warning("skipped") })
                guard !loaded.calls.isEmpty else { continue }
                var evaluation = ComprehensionEvaluation()
                for call in loaded.calls {
                    guard let persona = library.persona(id: call.persona),
                        let script = persona.scripts.lazy.compactMap(library.script(id:)).first
                    else { continue }
                    evaluation.replay(
                        call, persona: persona, script: script, classifier: classifier,
                        lexicon: library.lexicons[language])
                }
                anything = true
                let title =
                    "\(language.rawValue): natural calls, \(name) part (\(Count.of(evaluation.calls.count, "call")))"
                Console.out(evaluation.report(title: title, width: Console.width()))
                // Held-out lines are measured, never shown: reading them would be tuning on them.
                if misses && part == "dev" { show(evaluation.misunderstood) }
                Console.out("")
            }
        }
        return anything
    }

    private func show(_ missed: [ComprehensionEvaluation.LineResult]) {
        let lines = missed.map { result in
            let file = result.call.split(separator: "/").last.map(String.init) ?? result.call
            let about = result.line.about?.description ?? "none"
            let got = result.understanding.map { "\($0.outcome.rawValue) \($0.item?.description ?? "")" } ?? "no answer"
            let label = result.label?.rawValue ?? "after the end"
            let heard = result.candidates.map { String(format: "%@ %.1f", $0.item.description, $0.score) }
            return "\(file):\(result.line.line) [\(label)] \(about) -> \(got): \(result.line.text)"
                + (heard.isEmpty ? "" : " (heard: \(heard.joined(separator: ", ")))")
        }
        Console.out(TextLayout.list(lines, width: Console.width(), style: .bullet("-"), indent: 2))
    }
}
