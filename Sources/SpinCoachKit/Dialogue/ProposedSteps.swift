import Foundation

/// The next step a rep proposes when asking for commitment, recognised by the
/// trainer-editable step list (`Scripts/steps/<lang>.lex`, the concept lexicon's
/// format: a concept's name is how the buyer names the step, its terms how a rep
/// may propose it). An acceptance names only what the rep proposed.
public struct ProposedSteps: Equatable, Sendable {
    /// Where a persona's `closing.advance` names the step.
    public static let placeholder = "{step}"
    /// A line proposes at most this many steps the buyer repeats back.
    static let mostNamed = 2

    public let language: ContentLanguage
    let list: ConceptLexicon?

    public init(language: ContentLanguage, list: ConceptLexicon?) {
        self.language = language
        self.list = list
    }

    /// The steps a rep line proposes, as the buyer names them, in the order the rep said them.
    public func named(in tokens: [String]) -> [String] {
        Array((list?.concepts(in: tokens) ?? []).map(\.concept).suffix(Self.mostNamed))
    }

    /// The step phrase for an acceptance: the steps proposed, or the rep's proposal as a whole.
    public func phrase(for steps: [String]) -> String {
        let zh = language == .chinese
        guard !steps.isEmpty else { return zh ? "按这个思路往下走" : "do what you suggest" }
        guard zh else { return steps.joined(separator: " and then ") }
        // "再" already says what comes next: "先做个试点，再约个时间当面谈", never "再先…".
        let later = steps.dropFirst().map { $0.hasPrefix("先") ? String($0.dropFirst()) : $0 }
        return ([steps[0]] + later).joined(separator: "，再")
    }

    /// The persona's acceptance with the proposed step in its `{step}`.
    public func acceptance(_ template: String, tokens: [String]) -> String {
        template.replacingOccurrences(of: Self.placeholder, with: phrase(for: named(in: tokens)))
    }
}
