import Foundation
import SpinCoachKit

/// The shell around a `CallMachine`: reads lines, turns them into events,
/// and performs the machine's effects on the terminal and the session log.
struct PracticeSession {
    static let commandNames = [
        "/hint", "/why", "/stage", "/advice", "/score", "/undo", "/notes", "/end", "/help", "/quit",
    ]

    var machine: CallMachine
    let recorder: SessionRecorder
    let style: TerminalStyle
    let plain: Bool
    let clock: () -> Date
    private var stage: CallStage = .opening

    init(
        machine: CallMachine, recorder: SessionRecorder, style: TerminalStyle, plain: Bool,
        clock: @escaping () -> Date
    ) {
        self.machine = machine
        self.recorder = recorder
        self.style = style
        self.plain = plain
        self.clock = clock
    }

    private var language: ContentLanguage { machine.persona.language }
    /// Read at each use, so a resized window wraps to its new width.
    private var width: Int { TerminalStyle.current(plain: !style.usesColor).width }

    mutating func run(reader: inout any LineReader, brief: CallBrief?) {
        if let brief {
            show(style.heading(language.text("Before the call", "拜访前简报")))
            show(style.coach(terminalSafe(brief.render())))
            show("")
        }
        perform(machine.start())
        while !machine.isEnded {
            switch reader.read(prompt: style.rep(language.text("you> ", "你> "))) {
            case .endOfInput:
                show("")
                perform(machine.handle(.command(.end)))
            case .interrupted:
                continue
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                if line.hasPrefix("/") {
                    command(line)
                } else {
                    perform(machine.handle(.repSaid(line)))
                }
            }
        }
    }

    private mutating func command(_ line: String) {
        let name = String(line.prefix { !$0.isWhitespace }).lowercased()
        let argument = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let event: CallCommand
        switch name {
        case "/hint": event = .hint
        case "/why": event = .why
        case "/stage": event = .stage
        case "/advice": event = .advice
        case "/score": event = .score
        case "/undo": event = .undo
        case "/end": event = .end
        case "/quit": event = .quit
        case "/notes", "/note":
            guard !argument.isEmpty else {
                show(style.warning(language.text("usage: /notes TEXT", "用法：/notes 笔记内容")))
                return
            }
            event = .note(argument)
        case "/help":
            show(style.coach(Self.help(chinese: language == .chinese, width: width)))
            return
        default:
            show(
                style.warning(
                    (language.text("unknown command ", "未知命令 ")) + terminalSafe(name)
                        + (language.text("; type /help", "；输入 /help 查看命令")))
            )
            return
        }
        perform(machine.handle(.command(event)))
    }

    private mutating func perform(_ effects: [CallEffect]) {
        for effect in effects {
            switch effect {
            case .buyerSays(let text):
                let name = machine.persona.name
                show(style.buyer(wrap(name + (language.text(": ", "：")) + text)))
            case .coachTip(let tip):
                var text = (language.text("coach: ", "教练：")) + tip.text
                if let suggestion = tip.suggestion { text += "\n" + (language.text("try: ", "试试：")) + suggestion.text }
                show(style.coach(wrap(text)))
            case .coachInfo(let text):
                show(style.coach(wrap(text)))
            case .stageChanged(let newStage):
                stage = newStage
                if newStage != .ended {
                    let name = CoachPhrases(language: machine.persona.language).stageName(newStage)
                    // A rule of dashes helps the eye; a screen reader or a log wants plain words.
                    show(plain ? (language.text("(stage: \(name))", "（阶段：\(name)）")) : style.dim("— \(name) —"))
                }
            case .needStated:
                break
            case .logTurn(let turn):
                save {
                    try recorder.append(
                        SessionTurn(
                            index: turn.index, speaker: turn.speaker, text: turn.text,
                            label: turn.classification?.label.rawValue, confidence: turn.classification?.confidence,
                            stage: turn.stage.rawValue, time: clock(), reason: turn.understanding?.logged))
                }
            case .retracted(let indices):
                save { _ = try recorder.retract(turnIndices: indices, stage: stage.rawValue, time: clock()) }
            case .ended(let scorecard):
                if scorecard.outcome == .abandoned {
                    show(style.dim(language.text("You left the call; what was said is saved.", "已退出拜访，记录已保存。")))
                } else {
                    show("")
                    show(
                        style.heading(
                            ScorecardReport(scorecard: scorecard, language: machine.persona.language).render()))
                }
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
    private func save(_ write: () throws -> Void) {
        do {
            try write()
        } catch {
            Console.error(style.warning("spincoach: could not save to the session log: \(error)"))
        }
    }

    private func show(_ text: String) {
        Console.out(text)
    }

    private func wrap(_ text: String) -> String {
        TerminalText.wrapped(terminalSafe(text), columns: max(20, width - 2)).joined(separator: "\n")
    }

    /// Every command with what it does, as an aligned two-column table.
    static func help(chinese: Bool, width: Int = 80) -> String {
        let rows =
            chinese
            ? [
                ["/hint", "下一个可以问的问题"], ["/why", "客户是怎么理解你上一句的"], ["/stage", "当前阶段"],
                ["/advice", "针对这位客户的 DISC 建议"], ["/score", "目前的统计"], ["/undo", "撤回上一句"],
                ["/notes 文字", "记一条笔记"], ["/end", "结束并看评分卡"], ["/help", "这张命令表"], ["/quit", "直接退出"],
                ["Ctrl-D", "结束拜访"], ["Ctrl-C", "清空当前行"],
            ]
            : [
                ["/hint", "a next question to ask"], ["/why", "how the buyer understood your last line"],
                ["/stage", "where the call is"], ["/advice", "DISC advice for this buyer"],
                ["/score", "the running tally"], ["/undo", "take back your last line"],
                ["/notes TEXT", "a note in the log"], ["/end", "end with the scorecard"], ["/help", "this list"],
                ["/quit", "leave now"],
                ["Ctrl-D", "end the call"], ["Ctrl-C", "clear the line"],
            ]
        return TextLayout.table(TextTable(rows: rows), width: width)
    }
}
