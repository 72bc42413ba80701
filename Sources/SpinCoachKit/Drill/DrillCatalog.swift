/// Builds every drill item from content: the personas' lines (SPIN and DISC rounds),
/// the scripts' offers and questions (FAB rounds and model answers), and the
/// development gold set's benefit lines (model benefits). Nothing is a fixed list in
/// code, so a trainer's own personas and scripts become drill items too.
///
/// Ids are built from persona, problem and fact ids (and 1-based positions for
/// lines that have no id), so they survive rewording and reloading.
public enum DrillCatalog {
    public static func items(from library: ContentLibrary, language: ContentLanguage) -> [DrillItem] {
        let benefits = library.developmentGold[language]?.items.filter { $0.label == .benefit } ?? []
        var items: [DrillItem] = []
        for persona in library.personas where persona.language == language {
            let script = ownScript(of: persona, in: library)
            items += spinItems(persona, script: script)
            items += discItems(persona)
            if let script { items += fabItems(persona, script: script, benefits: benefits) }
        }
        return items
    }

    /// The persona's first script in its language, else any script in it.
    static func ownScript(of persona: Persona, in library: ContentLibrary) -> Script? {
        let own = persona.scripts.compactMap(library.script(id:)).first { $0.language == persona.language }
        return own ?? library.scripts.first { $0.language == persona.language }
    }

    static func speaker(_ persona: Persona) -> String {
        persona.language.text("\(persona.name), \(persona.title)", "\(persona.name)，\(persona.title)")
    }

    static func spinItems(_ persona: Persona, script: Script?) -> [DrillItem] {
        func item(_ suffix: String, _ kind: BuyerLineKind, _ line: String, _ topic: PersonaItem, _ model: String?)
            -> DrillItem
        {
            DrillItem(
                id: "spin.\(persona.id).\(suffix)", skill: .spin, language: persona.language,
                speaker: speaker(persona), buyerLine: line, lineKind: kind,
                task: .question(kind.nextQuestion, topic: DrillTopic(persona: persona.id, item: topic)), model: model)
        }
        let models = ModelQuestions(script: script, style: persona.disc.primary)
        var items: [DrillItem] = []
        for fact in persona.facts {
            items.append(
                item("fact.\(fact.id)", .fact, fact.say, .fact(fact.id), models.problem(after: fact.cues)))
        }
        for problem in persona.problems {
            let implicationCues = problem.implications.flatMap(\.cues)
            if let deny = problem.deny {
                items.append(
                    item(
                        "guarded.\(problem.id)", .guarded, deny, .problem(problem.id),
                        models.pick(.problem, touching: problem.cues)))
            }
            items.append(
                item(
                    "problem.\(problem.id)", .problem, problem.admit, .problem(problem.id),
                    models.pick(.implication, touching: implicationCues + problem.cues)))
            for (index, implication) in problem.implications.enumerated() {
                items.append(
                    item(
                        "consequence.\(problem.id).\(index + 1)", .consequence, implication.say,
                        .implication(problem.id, index),
                        models.pick(.needPayoff, touching: implication.cues + problem.cues)))
            }
        }
        return items
    }

    /// Lines in the persona's own voice whose style cues do not point elsewhere: a line
    /// with more cues of another style than of the persona's would teach the wrong answer.
    /// The speaker is not named: the style belongs to the persona, so a name would give it away.
    static func discItems(_ persona: Persona) -> [DrillItem] {
        var lines: [(String, String)] = [("opening", persona.opening)]
        var triggers: [ObjectionTrigger: Int] = [:]
        for objection in persona.objections {
            triggers[objection.when, default: 0] += 1
            let count = triggers[objection.when]!
            lines.append(("objection.\(objection.when.rawValue)" + (count > 1 ? ".\(count)" : ""), objection.say))
        }
        lines += persona.deflections.enumerated().map { ("deflection.\($0.offset + 1)", $0.element) }
        lines += persona.rapport.enumerated().map { ("rapport.\($0.offset + 1)", $0.element) }
        let style = persona.disc.primary
        return lines.compactMap { suffix, line in
            let cues = DrillCatalog.styleCues(in: line)
            let own = cues[style]?.count ?? 0
            guard cues.allSatisfy({ $0.key == style || $0.value.count <= own }) else { return nil }
            return DrillItem(
                id: "disc.\(persona.id).\(suffix)", skill: .disc, language: persona.language,
                speaker: persona.language.text("The buyer", "客户"), buyerLine: line,
                task: .style(style, secondary: persona.disc.secondary), model: cues[style]?.joined(separator: ", "))
        }
    }

    /// The DISC cue phrases in a line, by the style they suggest.
    static func styleCues(in line: String) -> [DISCStyle: [String]] {
        let tokens = Tokenizer.tokenize(line)
        var found: [DISCStyle: [String]] = [:]
        for (style, list) in DISCCues.lists {
            let matches = list.matches(tokens)
            if !matches.isEmpty { found[style] = matches }
        }
        return found
    }

    static func fabItems(_ persona: Persona, script: Script, benefits: [GoldSet.Item]) -> [DrillItem] {
        let features = script.offer ?? script.title
        let models = ModelQuestions(script: script, style: persona.disc.primary)
        return persona.problems.flatMap { problem in
            [
                DrillItem(
                    id: "fab.payoff.\(persona.id).\(problem.id)", skill: .fab, language: persona.language,
                    speaker: speaker(persona), buyerLine: problem.admit, features: features,
                    task: .question(.needPayoff, topic: DrillTopic(persona: persona.id, item: .problem(problem.id))),
                    model: models.pick(.needPayoff, touching: problem.cues + problem.implications.flatMap(\.cues))),
                DrillItem(
                    id: "fab.benefit.\(persona.id).\(problem.id)", skill: .fab, language: persona.language,
                    speaker: speaker(persona), buyerLine: problem.need, features: features,
                    task: .benefit(need: problem.need), model: closestBenefit(to: problem.need, in: benefits)),
            ]
        }
    }

    /// The gold benefit whose stated need shares most topic words with `need`: a model of the form.
    static func closestBenefit(to need: String, in benefits: [GoldSet.Item]) -> String? {
        let keys = NeedMatcher.keys(Tokenizer.tokens(need))
        let scored = benefits.map { item in
            (item, item.statedNeed.map { NeedMatcher.keys(Tokenizer.tokens($0)).intersection(keys).count } ?? 0)
        }
        return scored.max { $0.1 < $1.1 }?.0.text
    }
}

/// Model questions from one script, worded for the buyer's style.
struct ModelQuestions {
    let script: Script?
    let style: DISCStyle

    /// The first question of `section` (file order) that meets one of the cues.
    func pick(_ section: ScriptSection, touching cues: [String]) -> String? {
        guard let script else { return nil }
        let patterns = cues.map(CuePattern.init(personaCue:))
        // The plain wording or the buyer's style variant may name the topic.
        let question = script.questions(in: section).first { question in
            [question.text, question.text(for: style)].map(Tokenizer.tokenize).contains { tokens in
                patterns.contains { $0.matches(tokens) }
            }
        }
        return question?.text(for: style)
    }

    /// A problem question that touches the fact's cues, else one that builds on a
    /// situation question touching them (its `after:` link).
    func problem(after cues: [String]) -> String? {
        if let direct = pick(.problem, touching: cues) { return direct }
        guard let script else { return nil }
        let patterns = cues.map(CuePattern.init(personaCue:))
        let situations = Set(
            script.questions(in: .situation).filter { question in
                patterns.contains { $0.matches(Tokenizer.tokenize(question.text)) }
            }.map(\.id))
        return script.questions(in: .problem).first { !situations.isDisjoint(with: $0.after) }?.text(for: style)
    }
}
