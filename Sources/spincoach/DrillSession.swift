import Foundation
import SpinCoachKit

/// The shell around a drill: shows each round, reads one line, marks it, writes it to
/// the log at once, and ends with the score. Ctrl-D stops cleanly with what was answered.
struct DrillSession {
    let plan: [DrillItem]
    let marker: DrillMarker
    let recorder: DrillRecorder
    var schedule: DrillSchedule
    let phrases: DrillPhrases
    let style: TerminalStyle
    let clock: () -> Date

    // Read at each print, so a resized window is used at once.
    private var width: Int { max(20, Console.width()) }

    mutating func run(reader: inout any LineReader) {
        var right = 0
        var answered = 0
        var stopped = false
        for (offset, item) in plan.enumerated() {
            show("")
            show(style.heading(phrases.roundHeading(offset + 1, of: plan.count, skill: item.skill)))
            let lines = phrases.prompt(item)
            show(style.buyer(wrap(lines[0])))
            for line in lines.dropFirst() { show(wrap(line)) }
            guard let (answer, mark) = read(item, reader: &reader) else {
                stopped = true
                break
            }
            show(style.coach(wrap(phrases.feedback(mark, for: item))))
            if let model = phrases.model(item) { show(style.coach(wrap(model))) }
            // The log keeps what was marked: an overlong line is classified on its start.
            let round = DrillRound(
                index: offset + 1, item: item.id, skill: item.skill, answer: UtteranceClassifier.clipped(answer),
                mark: mark, time: clock())
            save { try recorder.append(round) }
            schedule.record(round)
            answered += 1
            if mark.isCorrect { right += 1 }
        }
        save { try recorder.finish(at: clock(), stopped: stopped) }
        show("")
        show(
            style.heading(
                wrap(phrases.summary(right: right, answered: answered, planned: plan.count, stopped: stopped))))
        show(DrillProgressReport.render(schedule.progress(at: clock()), terms: phrases.terms, width: width))
    }

    /// An answer and its mark, asking again after an empty line, an unknown command or a
    /// style it cannot read; nil at the end of input or on /quit.
    private func read(_ item: DrillItem, reader: inout any LineReader) -> (String, DrillMark)? {
        while true {
            switch reader.read(prompt: style.rep(phrases.answerPrompt)) {
            case .endOfInput:
                return nil
            case .interrupted:
                continue
            case .line(let raw):
                let answer = raw.trimmingCharacters(in: .whitespaces)
                if answer.isEmpty {
                    show(style.warning(wrap(phrases.emptyAnswer)))
                } else if answer == "/skip" {
                    return (answer, .skipped)
                } else if answer == "/quit" {
                    return nil
                } else if answer.hasPrefix("/"), !answer.contains(" ") {
                    show(style.warning(wrap(phrases.unknownCommand(answer))))
                } else if let mark = marker.mark(answer, for: item) {
                    return (answer, mark)
                } else {
                    show(style.warning(wrap(phrases.notAStyle)))
                }
            }
        }
    }

    /// A failed write is reported and the drill goes on; the answer stays on screen.
    private func save(_ write: () throws -> Void) { Console.saving(to: "drill log", style: style, write) }

    private func show(_ text: String) { Console.out(text) }
    private func show(_ text: StyledText) { Console.out(text) }

    private func wrap(_ text: String) -> String {
        TextLayout.wrap(text, width: width - 2)
    }
}
