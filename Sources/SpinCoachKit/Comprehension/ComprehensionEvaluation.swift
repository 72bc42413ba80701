import Foundation

/// Replays annotated calls through the real call machine and measures whether
/// the buyer understood each line as the annotator did (`spincoach eval --calls`).
public struct ComprehensionEvaluation: Sendable {
    /// One rep line and what the buyer made of it.
    public struct LineResult: Equatable, Sendable {
        public var call: String
        public var line: AnnotatedCall.Line
        /// Nil when the call had already ended.
        public var label: UtteranceLabel?
        public var understanding: Understanding?
        public var reply: String?
        /// For a missed line, what the persona's index heard in it alone, best first (for tuning).
        public var candidates: [PersonaIndex.Match] = []

        /// The buyer answered about the annotated item, at its level (a reserved
        /// buyer's guarded denial of a problem counts as understanding it).
        public var isUnderstood: Bool {
            guard let about = line.about, let item = understanding?.item else { return false }
            switch about {
            case .fact: return item == about
            case .need: return item == about
            case .problem(let id), .implication(let id, _): return item.problemID == id && item.kind != .need
            }
        }

        /// An implication tag answered with exactly that implication.
        public var isExactImplication: Bool {
            guard case .implication = line.about else { return false }
            return understanding?.item == line.about
        }

        /// The buyer told something other than what the line was about.
        public var isFalseReveal: Bool {
            guard let understanding, understanding.outcome == .reveals, let item = understanding.item else {
                return false
            }
            guard let about = line.about else { return true }
            if case .fact = about { return item != about }
            return item.problemID != about.problemID
        }

        /// A SPIN question answered with a fact, a denial, an admission, an implication or a need.
        public var isOnTopic: Bool {
            switch understanding?.outcome {
            case .reveals, .repeats, .guarded, .withheld: true
            default: false
            }
        }
    }

    public struct CallResult: Equatable, Sendable {
        public var call: AnnotatedCall
        public var lines: [LineResult]
        public var outcome: CallOutcome?
        public var reachedExplicitNeed: Bool
    }

    public private(set) var calls: [CallResult] = []

    public init() {}

    /// Plays `call` against `persona` with its first script, coach off, seeded by the call.
    public mutating func replay(
        _ call: AnnotatedCall, persona: Persona, script: Script, classifier: UtteranceClassifier,
        lexicon: ConceptLexicon?, steps: ConceptLexicon? = nil
    ) {
        var machine = CallMachine(
            persona: persona, script: script, classifier: classifier, coachMode: .off, seed: call.seed,
            lexicon: lexicon, steps: steps)
        _ = machine.handle(.start)
        var results: [LineResult] = []
        var outcome: CallOutcome?
        var reachedNeed = false
        for line in call.lines {
            guard outcome == nil else {
                results.append(LineResult(call: call.file, line: line))
                continue
            }
            var result = LineResult(call: call.file, line: line)
            for effect in machine.handle(.repSaid(line.text)) {
                switch effect {
                case .logTurn(let turn) where turn.speaker == .rep:
                    result.label = turn.classification?.label
                case .logTurn(let turn) where turn.speaker == .buyer && result.reply == nil:
                    result.reply = turn.text
                    result.understanding = turn.understanding
                case .showScorecard(let scorecard): outcome = scorecard.outcome
                default: break
                }
            }
            if (line.about != nil && !result.isUnderstood) || result.isFalseReveal {
                // What the buyer's own index heard in the line alone, shown only for misses.
                let index = machine.personaIndex
                let heard = index.rank(
                    index.meaning(of: Tokenizer.tokenize(line.text)), kinds: Set(PersonaItem.Kind.allCases))
                result.candidates = Array(heard.prefix(4))
            }
            if case .reveals = result.understanding?.outcome, case .need? = result.understanding?.item {
                reachedNeed = true
            }
            results.append(result)
        }
        calls.append(
            CallResult(
                call: call, lines: results, outcome: outcome, reachedExplicitNeed: reachedNeed && outcome != .walkOut))
    }

    public var lines: [LineResult] { calls.flatMap(\.lines) }

    /// Share of annotated lines the buyer understood.
    public var comprehension: Ratio { Ratio(lines.filter { $0.line.about != nil }, where: \.isUnderstood) }
    public var exactImplications: Ratio {
        Ratio(
            lines.filter { if case .implication = $0.line.about { true } else { false } }, where: \.isExactImplication)
    }
    /// Share of the buyer's reveals that told something the line was not about.
    public var falseReveals: Ratio {
        Ratio(lines.filter { $0.understanding?.outcome == .reveals }, where: \.isFalseReveal)
    }
    /// Share of lines the classifier took for SPIN questions that got an on-topic answer.
    public var onTopic: Ratio { Ratio(lines.filter { $0.label?.isSPIN == true }, where: \.isOnTopic) }
    public var callsReachingNeed: Int { calls.count { $0.reachedExplicitNeed } }
    public var walkOuts: Int { calls.count { $0.outcome == .walkOut } }

    public struct Ratio: Equatable, Sendable {
        public var hits: Int
        public var total: Int

        init(_ items: [LineResult], where test: (LineResult) -> Bool) {
            hits = items.count(where: test)
            total = items.count
        }

        public var value: Double { total == 0 ? 0 : Double(hits) / Double(total) }
        public var percent: String { String(format: "%.1f%% (%d/%d)", value * 100, hits, total) }
    }
}

extension ComprehensionEvaluation {
    /// The figures against their targets, one row each.
    public func report(title: String, width: Int) -> String {
        let needs = "\(callsReachingNeed) of \(calls.count)"
        let table = TextTable(
            headers: ["measure", "result", "target"],
            rows: [
                ["lines understood", comprehension.percent, "85% or more"],
                ["  of implications, the exact one", exactImplications.percent, ""],
                ["false reveals (of all reveals)", falseReveals.percent, "5% or less"],
                ["SPIN questions answered on topic", onTopic.percent, "90% or more"],
                ["calls reaching an explicit need", needs, "10 of 12 or more"],
                ["walk-outs", "\(walkOuts) of \(calls.count)", ""],
            ], indent: 2)
        return title + "\n" + TextLayout.table(table, width: width)
    }

    /// Every annotated line the buyer did not understand, for tuning on the development part.
    public var misunderstood: [LineResult] {
        lines.filter { ($0.line.about != nil && !$0.isUnderstood) || $0.isFalseReveal }
    }
}
