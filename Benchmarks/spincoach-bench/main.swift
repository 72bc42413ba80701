import Foundation
import SpinCoachKit

let library = ContentLibrary(roots: [URL(filePath: "/work/main")])
let classifier = UtteranceClassifier(library: library)
let id = CommandLine.arguments[1]
let persona = library.persona(id: id)!
var machine = CallMachine(persona: persona, script: library.script(id: persona.scripts[0])!, classifier: classifier, coachMode: .live, seed: 7)
func show(_ effects: [CallEffect]) {
    for e in effects {
        switch e {
        case .buyerSays(let t): print("  B: \(t.prefix(70))")
        case .logTurn(let t) where t.speaker == .rep: print("R [\(t.classification!.label.rawValue) \(t.classification!.evidence)]: \(t.text.prefix(90))")
        case .coachTip(let t): print("  C: \(t.kind)")
        case .ended(let c): print("END \(c.outcome) needs \(c.explicitNeeds.found)")
        default: break
        }
    }
}
show(machine.start())
show(machine.handle(.repSaid(persona.language == .chinese ? "您好，感谢您抽时间见我们。" : "Hello, thanks for making time to see me today.")))
for _ in 0..<40 where !machine.isEnded {
    let hint = machine.handle(.command(.hint))
    guard case .coachInfo(let text)? = hint.first else { break }
    show(machine.handle(.repSaid(String(text.split(separator: "\n").first!))))
}
