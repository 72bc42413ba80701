import Foundation
import SpinCoachKit

/// The shell around a `PrepMachine`: shows its questions, reads the answers, and
/// hands back the plan it ends with.
struct PrepSession {
    enum Result {
        case finished(CallPlan)
        case stopped(CallPlan?)
    }

    var machine: PrepMachine
    let style: TerminalStyle
    /// Where the conversation goes: stdout, or stderr when the plan goes to stdout through a pipe.
    let stream: Console.Stream

    private var language: ContentLanguage { machine.context.language }
    private var width: Int { max(20, Console.width(of: stream) - 2) }

    mutating func run(reader: inout any LineReader) -> Result {
        var effects = machine.handle(.start)
        var prompt = "> "
        while true {
            for effect in effects {
                switch effect {
                case .ask(let question):
                    prompt = question.continuesList ? "  > " : "> "
                    if !question.continuesList { ask(question) }
                case .show(let text): say(style.coach(laidOut(text)))
                case .reject(let text): say(style.warning(laidOut(text)))
                case .finished(let plan): return .finished(plan)
                case .stopped(let plan): return .stopped(plan)
                }
            }
            switch reader.read(prompt: style.rep(prompt), remember: false) {
            case .line(let line): effects = machine.handle(.answered(line))
            case .interrupted: effects = []
            case .endOfInput:
                say("")
                effects = machine.handle(.inputEnded)
            }
        }
    }

    private func ask(_ question: PrepPrompt) {
        say("")
        say(style.heading(TextLayout.wrap(question.question, width: width)))
        if !question.choices.isEmpty {
            say(TextLayout.list(question.choices, width: width, style: .numbered, indent: 2))
        }
        if let note = question.note { say(style.dim(TextLayout.wrap(note, width: width))) }
    }

    /// Each line wrapped under its own indent, so list items hang under their text.
    private func laidOut(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.prefix { $0 == " " }.count
            return TextLayout.wrap(String(line), width: width, hanging: indent + 2)
        }
        .joined(separator: "\n")
    }

    private func say(_ text: String) {
        stream.write(text)
    }

    private func say(_ text: StyledText) {
        stream.write(text)
    }
}
