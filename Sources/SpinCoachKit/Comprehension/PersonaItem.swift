/// One thing a persona can tell: a fact, a problem, one of a problem's
/// implications, or the need behind a problem. Written `fact:lines`,
/// `problem:breakdowns`, `implication:breakdowns.2` (1-based) and `need:breakdowns`
/// in session logs, annotated calls and `/why`.
public enum PersonaItem: Hashable, Sendable, CustomStringConvertible {
    case fact(String)
    case problem(String)
    /// The problem's id and the implication's 0-based index.
    case implication(String, Int)
    case need(String)

    public enum Kind: String, CaseIterable, Sendable {
        case fact, problem, implication, need
    }

    public var kind: Kind {
        switch self {
        case .fact: .fact
        case .problem: .problem
        case .implication: .implication
        case .need: .need
        }
    }

    /// The fact's id, or the id of the problem the item belongs to.
    public var id: String {
        switch self {
        case .fact(let id), .problem(let id), .need(let id), .implication(let id, _): id
        }
    }

    /// The problem an item belongs to; nil for a fact.
    public var problemID: String? {
        switch self {
        case .fact: nil
        case .problem(let id), .implication(let id, _), .need(let id): id
        }
    }

    public var description: String {
        switch self {
        case .fact(let id): "fact:\(id)"
        case .problem(let id): "problem:\(id)"
        case .implication(let id, let index): "implication:\(id).\(index + 1)"
        case .need(let id): "need:\(id)"
        }
    }

    /// Reads the written form back; nil when it is not one.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = text[..<colon]
        let rest = String(text[text.index(after: colon)...])
        guard !rest.isEmpty else { return nil }
        switch kind {
        case "fact": self = .fact(rest)
        case "problem": self = .problem(rest)
        case "need": self = .need(rest)
        case "implication":
            guard let dot = rest.lastIndex(of: "."), let number = Int(rest[rest.index(after: dot)...]), number >= 1,
                dot != rest.startIndex
            else { return nil }
            self = .implication(String(rest[..<dot]), number - 1)
        default: return nil
        }
    }

    /// Every item of a persona, in the persona's order.
    public static func all(in persona: Persona) -> [PersonaItem] {
        persona.facts.map { .fact($0.id) }
            + persona.problems.flatMap { problem in
                [.problem(problem.id)] + problem.implications.indices.map { .implication(problem.id, $0) }
                    + [.need(problem.id)]
            }
    }
}

extension Persona {
    /// What the persona says about an item, shortened to its opening words: how `/why`
    /// names it to a rep, who knows the buyer's words and not the file's ids.
    func gist(of item: PersonaItem) -> String? {
        let said: String?
        switch item {
        case .fact(let id): said = facts.first { $0.id == id }?.say
        case .problem(let id): said = problems.first { $0.id == id }?.admit
        case .implication(let id, let index):
            said = problems.first { $0.id == id }.flatMap {
                $0.implications.indices.contains(index) ? $0.implications[index].say : nil
            }
        case .need(let id): said = problems.first { $0.id == id }?.need
        }
        guard let said else { return nil }
        var gist = ""
        for character in CoachPhrases.firstSentence(said) {
            guard TerminalText.width(gist) < Self.gistWidth else {
                // English is cut at a word's end, not inside it.
                let whole =
                    gist.contains(" ") && !character.isWhitespace
                    ? gist[..<(gist.lastIndex(of: " ") ?? gist.endIndex)] : gist[...]
                return String(whole).trimmedOfSpaces + "…"
            }
            gist.append(character)
        }
        return gist
    }

    static let gistWidth = 48
}
