import Foundation

@testable import SpinCoachKit

/// Everything the Chinese interface shows, rendered from the bundled content: briefs,
/// persona cards, calls' /stage, /score and /advice replies, tips and scorecards, /help,
/// and every coaching sentence. Tests read it for glossary terms and typography.
enum ChineseInterface {
    static let terms = Bundled.library.terms(for: .chinese)
    static let personas = Bundled.library.personas.filter { $0.language == .chinese }

    /// Each screen with a name for messages.
    static let screens: [(name: String, text: String)] = {
        var screens: [(String, String)] = []
        for persona in personas {
            let script = Bundled.library.script(id: persona.scripts[0])!
            screens.append(("brief \(persona.id)", CallBrief(persona: persona, script: script, terms: terms).render()))
            screens.append(("card \(persona.id)", PersonaCard(persona: persona, terms: terms).render(width: 1000)))
            for (kind, lines) in [("good", goodCall), ("pushy", pushyCall)] {
                for text in play(persona.id, lines: lines(persona)) {
                    screens.append(("\(kind) call \(persona.id)", text))
                }
            }
        }
        screens.append(("help", SlashCommand.helpTable(in: .chinese, width: 1000)))
        screens.append(("commands", SlashCommand.commandLine(in: .chinese)))
        screens += phrases.map { ("phrase", $0) }
        return screens
    }()

    /// The coach's and the neutral buyer's sentences, each way they can come out.
    static let phrases: [String] = {
        let phrases = CoachPhrases(terms: terms)
        return [
            phrases.situationStreak, phrases.prematureNeedPayoff, phrases.prematurePitch,
            phrases.needStated("热轧线非计划停机必须降到每年一次以内。"), phrases.callHasEnded,
            phrases.nothingToExplain, phrases.nothingToUndo, phrases.tookBack("你们一年停几次？"), phrases.noteSaved,
            phrases.tryAsking(SuggestedQuestion(id: "problem.downtime", text: "停机主要出在哪个环节？", hint: nil)),
        ] + OffStyleReason.allCases.map { $0.tip(in: terms) } + phrases.listening + phrases.acknowledgements
            + DISCStyle.allCases.flatMap(phrases.welcomesBenefit)
            + DISCStyle.allCases.flatMap { SimulatedBuyer.plainAnswers(.chinese, $0) }
            + CallStage.allCases.map(terms.name(of:)) + CallOutcome.allCases.map(terms.name(of:))
    }()

    /// A warm opening, then what /hint suggests, then an ask.
    static func goodCall(_ persona: Persona) -> [String] {
        ["您好，感谢您抽时间见我们。"] + Array(repeating: "/hint", count: 30) + ["下周请您安排一次现场评估，可以吗？"]
    }

    /// Background questions in a row, a pitch before any need, pressure, then /end.
    static func pushyCall(_ persona: Persona) -> [String] {
        [
            "你们有几条产线？", "一共多少人？", "用的什么系统？", "每年预算多少？", "我们的产品是行业最好的，绝对领先。",
            "今天就签合同吧，马上下单。", "/stage", "/score", "/advice", "/why", "/undo", "/notes 记一下",
        ]
    }

    /// The texts a call shows: every info, tip and the scorecard. `/hint` asks the script's next question.
    static func play(_ personaID: String, lines: [String]) -> [String] {
        var machine = Bundled.machine(personaID)
        var shown: [String] = []
        func show(_ effects: [CallEffect]) {
            for effect in effects {
                switch effect {
                case .showInfo(let text): shown.append(text)
                case .showTip(let tip): shown.append(terms.term("", .coach(.tipPrefix)) + tip.text)
                case .showScorecard(let card): shown.append(ScorecardReport(scorecard: card, terms: terms).render())
                default: break
                }
            }
        }
        show(machine.handle(.start))
        for line in lines where !machine.isEnded {
            switch SlashCommand.parse(line) {
            case .call(.hint):
                let hint = machine.handle(.command(.hint))
                show(hint)
                if let question = hint.info.first?.split(separator: "\n").first {
                    show(machine.handle(.repSaid(String(question))))
                }
            case .call(let command): show(machine.handle(.command(command)))
            default: show(machine.handle(.repSaid(line)))
            }
        }
        if !machine.isEnded { show(machine.handle(.command(.end))) }
        return shown
    }
}
