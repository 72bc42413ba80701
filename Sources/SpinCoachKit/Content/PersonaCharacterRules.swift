import Foundation
import Yams

// Rules that keep a buyer in character: it knows its own world, and it accepts only the
// step the rep proposed.
extension PersonaDecoder {
    /// Words by which a line claims not to know. A buyer's brush-off or refusal is said about
    /// its own world, where it knows the answer; claiming not to know contradicts what it tells later.
    static let claimsOfIgnorance = [
        "no idea", "don't know", "do not know", "not sure", "no clue", "haven't a clue", "couldn't tell you",
        "can't answer", "cannot answer", "wouldn't know", "can't say", "beats me",
        "不清楚", "不知道", "不太清楚", "没想过", "没留意", "说不上来", "不了解", "不晓得", "搞不清", "说不好",
    ]

    /// The claims as cue patterns: matched word by word like every other cue list ("not sure"
    /// is not "not surely"), apostrophes of either kind alike.
    static let ignorancePatterns = claimsOfIgnorance.map { ($0, CuePattern(personaCue: $0)) }

    /// The first words in `line` that claim not to know, if any.
    static func claimOfIgnorance(in line: String) -> String? {
        let tokens = Tokenizer.tokenize(line)
        return ignorancePatterns.first { $0.1.matches(tokens) }?.0
    }

    func rejectClaimsOfIgnorance(_ top: YAMLMapping, key: String, lines: [String]?) {
        guard let lines, case .sequence(let items)? = top.node(key) else { return }
        for (index, line) in lines.enumerated() {
            guard let words = Self.claimOfIgnorance(in: line) else { continue }
            top.report.error(
                at: items[index].mark, path: "\(key)[\(index)]",
                "claims not to know ('\(words)'); the buyer knows its own world: steer back, ask what the rep "
                    + "means, or hold it back for a stated reason (withhold:)")
        }
    }

    /// The acceptance names the step the rep proposed, so it must say where.
    func requireStepPlaceholder(_ closing: YAMLMapping) {
        guard let advance = closing.optionalString("advance") else { return }
        let placeholder = ProposedSteps.placeholder
        let node = closing.node("advance")
        let rest = advance.replacingOccurrences(of: placeholder, with: "")
        if !advance.contains(placeholder) {
            closing.report.error(
                at: node?.mark, path: "closing.advance",
                "needs \(placeholder) where the buyer names the step the rep proposed "
                    + "(e.g. \"All right, let's \(placeholder).\"); never accept a step the rep did not offer")
        } else if rest.contains("{") || rest.contains("}") {
            closing.report.error(
                at: node?.mark, path: "closing.advance", "the only placeholder is \(placeholder)")
        }
    }
}
