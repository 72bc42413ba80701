import Foundation
import SpinCoachKit

/// The shell around a `CallMachine`: reads lines, turns them into events,
/// and performs the machine's effects on the terminal and the session log.
struct PracticeSession {
    var machine: CallMachine
    let recorder: SessionRecorder
    let style: TerminalStyle
    let plain: Bool
    /// Piped input is not shown as it is read, so the rep's lines are printed to make the
    /// output read as a transcript.
    let echoesInput: Bool
    let clock: () -> Date
    /// The plan being practised: the scorecard says which of its questions were asked.
    let plan: CallPlan?
    /// What the rep said, by turn number, with its label; undone lines leave.
    private var repLines: [(index: Int, line: PlanCoverage.LabelledLine)] = []

    init(
        machine: CallMachine, recorder: SessionRecorder, style: TerminalStyle, plain: Bool, echoesInput: Bool,
        clock: @escaping () -> Date, plan: CallPlan? = nil
    ) {
        self.machine = machine
        self.recorder = recorder
        self.style = style
        self.plain = plain
        self.echoesInput = echoesInput
        self.clock = clock
        self.plan = plan
    }

    private var language: ContentLanguage { machine.persona.language }
    private var terms: Terms { machine.terms }
    /// Read at each use, so a resized window wraps to its new width.
    private var width: Int { TerminalStyle.current(plain: !style.usesColor).width }

    mutating func run(reader: inout any LineReader, brief: CallBrief?) {
        if let brief {
            show(style.heading(terms.term("Before the call", .brief(.brief))))
            show(style.coach(brief.render(width: width)))
            show("")
        }
        if let plan {
            let count = plan.questions.count
            show(
                style.coach(
                    wrap(
                        language.text(
                            "Your plan has \(count) questions; the scorecard will say which you asked.",
                            "你的计划里有\(count)个问题，评分卡会列出问到了哪些。"))))
            show("")
        }
        perform(machine.handle(.start))
        while !machine.isEnded {
            switch reader.read(prompt: style.rep(terms.term("you", .word(.you)) + "> ")) {
            case .endOfInput:
                show("")
                perform(machine.handle(.command(.end)))
            case .interrupted:
                continue
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if echoesInput { show(style.rep(wrap(language.text("rep: ", "销售：") + line))) }
                if line.hasPrefix("/") {
                    command(line)
                } else {
                    perform(machine.handle(.repSaid(line)))
                }
            }
        }
    }

    private mutating func command(_ line: String) {
        switch SlashCommand.parse(line) {
        case .call(let command):
            perform(machine.handle(.command(command)))
        case .help:
            show(style.coach(SlashCommand.helpTable(in: language, width: max(20, width - 2))))
        case .missingArgument(let command):
            show(style.warning(language.text("usage: ", "用法：") + command.usage(in: language)))
        case .unknown(let name):
            show(
                style.warning(
                    language.text("unknown command ", "未知命令 ") + name
                        + language.text("; type /help", "；输入 /help 查看命令")))
        }
    }

    private mutating func perform(_ effects: [CallEffect]) {
        for effect in effects {
            switch effect {
            case .showBuyerLine(let text):
                let name = machine.persona.name
                show(style.buyer(wrap(name + (language.text(": ", "：")) + text)))
            case .showTip(let tip):
                var text = terms.term("coach: ", .coach(.tipPrefix)) + tip.text
                if let suggestion = tip.suggestion {
                    text += "\n" + terms.term("try: ", .coach(.try)) + suggestion.text
                }
                show(style.coach(wrap(text)))
            case .showInfo(let text):
                show(style.coach(wrap(text)))
            case .showStage(let stage):
                let name = terms.name(of: stage)
                let stageField = terms.field("stage", .heading(.stage))
                // A rule of dashes helps the eye; a screen reader or a log wants plain words.
                show(
                    plain
                        ? StyledText(terms.text("(\(stageField)\(name))", "（\(stageField)\(name)）"))
                        : style.dim("— \(name) —"))
            case .logTurn(let turn):
                if turn.speaker == .rep, let label = turn.classification?.label {
                    repLines.append((turn.index, PlanCoverage.LabelledLine(text: turn.text, label: label)))
                }
                if let retracted = turn.retracts { repLines.removeAll { retracted.contains($0.index) } }
                save {
                    try recorder.append(
                        SessionTurn(
                            index: turn.index, speaker: turn.speaker, text: turn.text,
                            label: turn.classification?.label.rawValue, confidence: turn.classification?.confidence,
                            stage: turn.stage.rawValue, time: clock(), retracts: turn.retracts,
                            reason: turn.understanding?.logged))
                }
            case .showScorecard(let scorecard):
                if scorecard.outcome == .abandoned {
                    show(style.dim(language.text("You left the call; what was said is saved.", "已退出拜访，记录已保存。")))
                } else {
                    show("")
                    show(
                        style.heading(
                            ScorecardReport(scorecard: scorecard, terms: terms).render(width: width)))
                }
                if let plan {
                    show("")
                    let report = PlanCoverage(plan: plan, lines: repLines.map(\.line)).render(terms: terms)
                    let lines = report.split(separator: "\n").map { line in
                        let indent = line.prefix { $0 == " " }.count
                        return TextLayout.wrap(String(line), width: max(20, width - 2), hanging: indent + 4)
                    }
                    show(style.coach(lines.joined(separator: "\n")))
                }
            case .closeLog(let scorecard):
                save {
                    try recorder.finish(
                        SessionSummary(
                            ended: clock(), outcome: scorecard.outcome, score: scorecard.score,
                            scorecard: try JSONValue.object(encoding: scorecard)))
                }
            }
        }
    }

    /// A failed write is reported, and the call goes on: what was said stays on screen.
    private func save(_ write: () throws -> Void) { Console.saving(to: "session log", style: style, write) }

    private func show(_ text: String) { Console.out(text) }
    private func show(_ text: StyledText) { Console.out(text) }

    private func wrap(_ text: String) -> String {
        TerminalText.wrapped(text, columns: max(20, width - 2)).joined(separator: "\n")
    }
}
