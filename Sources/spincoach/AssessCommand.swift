import ArgumentParser
import Foundation
import SpinCoachKit

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Take a short DISC self-assessment, or show the stored result.",
        discussion: """
            Rate each statement from 1 to 5. The result (all four scores, a primary and a secondary \
            style, and how to adjust to buyers of each style) is stored in the data folder, and the \
            practice brief uses it. DISC is a rapport heuristic, not a diagnosis; the scores compare \
            your own tendencies, not you with other people. /back takes back the last answer. Ctrl-D \
            or /quit stops: your answers so far are kept, and the next `spincoach assess` in the same \
            language carries on from there. When input is piped, lines are read plainly.
            """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The language of the statements and the result (en or zh; --show: the one it was taken in).")
    var lang: ContentLanguage?
    @Flag(help: "Print the stored result instead of taking the assessment.") var show = false
    @Flag(help: "Start again, dropping answers kept from an unfinished assessment.") var restart = false
    @Flag(help: "No colour, for screen readers and logs.") var plain = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        if show && restart { throw ValidationError("--show and --restart cannot be used together") }
    }

    func run() throws {
        let library = content.loadLibrary([], reportProblems: false)
        let store = AssessmentStore(directory: try data.resolveOrFail())
        let style = TerminalStyle.current(plain: plain)
        if show {
            guard let result = try storeOperation({ try store.loadResult() }) else {
                throw CommandFailure(
                    "no assessment stored in \(store.directory.path) yet; take it with `spincoach assess`")
            }
            guard let assessment = try Self.assessment(in: lang ?? result.language, library: library) else { return }
            Console.out(Self.report(result, assessment: assessment, terms: library.terms(for: assessment.language)))
            Console.out("")
            Console.out(Self.footer(result, file: store.resultFile, language: assessment.language))
            return
        }
        guard let assessment = try Self.assessment(in: lang ?? .english, library: library) else { return }
        var reader = makeLineReader(historyFile: nil, completions: AssessSession.commands)
        defer { reader.close() }
        var session = try AssessSession(
            assessment: assessment, store: store, restart: restart, style: style,
            terms: library.terms(for: assessment.language))
        session.run(reader: &reader)
    }

    /// The assessment in `language`, or nil once its problems are reported (exit status 1).
    static func assessment(in language: ContentLanguage, library: ContentLibrary) throws -> Assessment? {
        do {
            guard let found = try library.loadAssessment(language: language) else {
                throw CommandFailure(
                    "no \(language.rawValue) assessment found (Scripts/assess/\(language.rawValue).assess in a content folder)"
                )
            }
            return found
        } catch let error as ContentError {
            Problems.engine.emit(error.diagnostics)
            return nil
        }
    }

    static func report(_ result: AssessmentResult, assessment: Assessment, terms: Terms) -> String {
        AssessmentReport(result: result, assessment: assessment, terms: terms).render(width: Console.width())
    }

    static func footer(_ result: AssessmentResult, file: URL, language: ContentLanguage) -> String {
        let taken = localMinute(result.taken)
        let answered = result.language == .chinese ? language.text("Chinese", "中文") : language.text("English", "英文")
        return TextLayout.wrap(
            language.text(
                "Taken \(taken) (\(result.statements) statements, in \(answered)); stored in \(file.path).",
                "完成于\(taken)（共\(result.statements)题，\(answered)）；保存在 \(file.path)。"),
            width: Console.width())
    }
}
