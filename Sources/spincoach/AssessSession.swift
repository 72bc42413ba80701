import Foundation
import SpinCoachKit

/// The shell around an `AssessmentInterview`: shows each statement, reads answers, keeps
/// them as they are given, and stores the result at the end.
struct AssessSession {
    static let commands = ["/back", "/help", "/quit"]

    var interview: AssessmentInterview
    let store: AssessmentStore
    let style: TerminalStyle
    let started: Date
    /// The glossary's labels for the assessment's language, for the report at the end.
    let terms: Terms

    private var language: ContentLanguage { interview.assessment.language }
    private var total: Int { interview.assessment.items.count }

    /// Picks up answers kept from an unfinished assessment in the same language, unless `restart`.
    init(assessment: Assessment, store: AssessmentStore, restart: Bool, style: TerminalStyle, terms: Terms) throws {
        self.store = store
        self.style = style
        self.terms = terms
        let language = assessment.language
        if restart { try storeOperation { try store.removeProgress(language: language) } }
        let kept: AssessmentProgress?
        do {
            kept = try store.loadProgress(language: language)
        } catch {
            throw CommandFailure("\(error); `spincoach assess --restart` starts again without those answers")
        }
        interview = AssessmentInterview(assessment: assessment)
        started = kept?.started ?? Date()
        Console.out(style.heading(language.text("DISC self-assessment", "DISC自评")))
        Console.show(AssessmentReport.caveat(in: language))
        Console.out("")
        showInstructions()
        guard let kept else { return }
        if kept.fits(assessment) {
            interview = AssessmentInterview(assessment: assessment, answers: kept.answers)
            Console.show(
                language.text(
                    "Carrying on after statement \(kept.answers.count) of \(total), with your earlier answers "
                        + "(`spincoach assess --restart` starts again).",
                    "接着上次往下答：前\(kept.answers.count)题（共\(total)题）的回答都保留着"
                        + "（要从头答，输入 spincoach assess --restart）。"))
        } else {
            Console.show(
                language.text(
                    "Your unfinished answers were given to other statements than these, so this starts again.",
                    "上次没答完的回答对应的是另一版题目，这次从头开始。"))
        }
    }

    mutating func run(reader: inout any LineReader) {
        while let item = interview.current {
            let number = interview.answers.count + 1
            Console.out("")
            Console.show("\(number)/\(total)  " + item.text, hanging: 2)
            guard readAnswer(reader: &reader) else {
                stop()
                return
            }
        }
        finish()
    }

    /// Reads until an answer is taken or a command is done; false when the rep stops.
    private mutating func readAnswer(reader: inout any LineReader) -> Bool {
        let points = interview.assessment.points
        while true {
            switch reader.read(prompt: style.rep("1-\(points)> "), remember: false) {
            case .endOfInput:
                return false
            case .interrupted:
                continue
            case .line(let typed):
                switch typed.trimmingCharacters(in: .whitespaces) {
                case "/quit": return false
                case "/help":
                    showInstructions()
                    continue
                case "/back":
                    if interview.goBack() {
                        keep()
                    } else {
                        warn(language.text("There is no answer to take back yet.", "还没有可以撤回的回答。"))
                        continue
                    }
                    return true
                default:
                    switch interview.answer(typed) {
                    case .accepted:
                        keep()
                        return true
                    case .rejected(let problem):
                        warn(problem.message(in: language, points: points))
                    }
                }
            }
        }
    }

    private func showInstructions() {
        let scale = interview.assessment.scale.enumerated().map { "  \($0.offset + 1)  " + $0.element }
        Console.show(
            language.text(
                "\(total) statements about how you work. Type how well each describes you:",
                "下面共\(total)句话，说的是你平时工作中的样子。每句按符合程度打分："))
        for point in scale { Console.show(point, hanging: 5) }
        Console.show(
            language.text(
                "Answer as you usually are, not as you would like to be. /back takes back the last answer; "
                    + "Ctrl-D or /quit stops, and your answers are kept to carry on later.",
                "按你平时实际的样子答，不要按你希望的样子答。输入 /back 撤回上一题；"
                    + "按Ctrl-D或输入 /quit 可以中途停下，已答的会保留，下次接着答。"))
    }

    /// Every answer is saved as it is given, so a closed terminal loses none of them.
    private func keep() {
        do {
            if interview.answers.isEmpty {
                try store.removeProgress(language: language)
            } else {
                try store.save(
                    AssessmentProgress(
                        language: language, fingerprint: interview.assessment.fingerprint, started: started,
                        answers: interview.answers))
            }
        } catch {
            warn("spincoach: could not keep your answers: \(error)")
        }
    }

    private func stop() {
        Console.out("")
        let answered = interview.answers.count
        if answered == 0 {
            Console.show(language.text("Stopped before any answer; nothing was stored.", "还没答题就停下了，没有保存任何内容。"))
            return
        }
        let file = store.progressFile(language: language).path
        let again = language == .chinese ? "spincoach assess --lang zh" : "spincoach assess"
        Console.show(
            language.text(
                "Stopped after \(answered) of \(total) statements; no result is stored yet. Your answers are kept "
                    + "in \(file): run `\(again)` to carry on.",
                "答了\(answered)题（共\(total)题）后停下，还没有得出结果。已答的保存在 \(file)，"
                    + "输入 \(again) 接着答。"))
    }

    private func finish() {
        guard let result = interview.result(taken: Date()) else { return }
        do {
            try store.save(result)
            try store.removeProgress(language: language)
        } catch {
            Problems.engine.emit(.error, "could not store the result: \(error)")
        }
        Console.out("")
        Console.out(AssessCommand.report(result, assessment: interview.assessment, terms: terms))
        Console.out("")
        Console.out(AssessCommand.footer(result, file: store.resultFile, language: language))
    }

    private func warn(_ text: String) {
        Console.error(style.warning(TextLayout.wrap(text, width: Console.width(of: .standardError))))
    }
}
