/// How a script question's `probes:` ids meet the items of the personas that use the script.
extension ScriptQuestion {
    /// Whether the question is written for `item` of `persona`, by its `probes:` list.
    func probes(_ item: PersonaItem) -> Bool {
        probes.contains { names(item, by: $0) }
    }

    /// Whether `probe` names an item `persona` has, in this question's section.
    func names(_ probe: ScriptProbe, in persona: Persona) -> Bool {
        PersonaItem.all(in: persona).contains { names($0, by: probe) }
    }

    /// A fact id names a fact in [situation]; a problem id its problem in [problem], its need in
    /// [need-payoff] and any of its implications in [implication], where `problem.N` names the Nth.
    private func names(_ item: PersonaItem, by probe: ScriptProbe) -> Bool {
        switch (section, item) {
        case (.situation, .fact(let id)), (.problem, .problem(let id)), (.needPayoff, .need(let id)):
            return probe.id == id
        case (.implication, .implication(let id, let index)):
            let (problem, number) = probe.problemAndImplication
            return problem == id && (number == nil || number == index + 1)
        default:
            return false
        }
    }
}

extension Script {
    /// A `probes:` id that no persona using the script has is a typo or a stale id. A script
    /// no persona uses yet has nothing to check against.
    public func probeDiagnostics(personas: [Persona]) -> [Diagnostic] {
        let users = personas.filter { $0.language == language && $0.scripts.contains(id) }
        guard !users.isEmpty else { return [] }
        let names = users.map(\.id).sorted().joined(separator: ", ")
        return questions.flatMap { question in
            question.probes.filter { probe in !users.contains { question.names(probe, in: $0) } }.map { probe in
                let kind =
                    question.section == .situation
                    ? "fact" : question.section == .implication ? "implication" : "problem"
                return Diagnostic(
                    file: origin.file, line: probe.line, column: probe.column,
                    message:
                        "'probes:' names '\(probe.id)', which is no \(kind) of the personas using this script (\(names))"
                )
            }
        }
    }
}

extension ContentLibrary {
    /// Every script's probes against the personas that play it: checked by `spincoach check`,
    /// not at every start, since a stale probe only leaves a question untagged.
    public var probeDiagnostics: [Diagnostic] {
        scripts.flatMap { $0.probeDiagnostics(personas: personas) }
    }
}
