/// How a script question's `probes:` ids meet the items of the personas that use the script.
extension ScriptQuestion {
    /// Whether the question is written for `item` of `persona`, by its `probes:` list.
    func probes(_ item: PersonaItem) -> Bool {
        probes.contains { probe in
            let (problem, number) = probe.problemAndImplication
            switch (section, item) {
            case (.situation, .fact(let id)), (.problem, .problem(let id)), (.needPayoff, .need(let id)):
                return probe.id == id
            case (.implication, .implication(let id, let index)):
                return problem == id && (number == nil || number == index + 1)
            default:
                return false
            }
        }
    }

    /// Whether `probe` names an item `persona` has, in this question's section.
    func names(_ probe: ScriptProbe, in persona: Persona) -> Bool {
        let (problemID, number) = probe.problemAndImplication
        switch section {
        case .situation: return persona.facts.contains { $0.id == probe.id }
        case .problem, .needPayoff: return persona.problems.contains { $0.id == probe.id }
        case .implication:
            guard let problem = persona.problems.first(where: { $0.id == problemID }) else { return false }
            return number.map { $0 >= 1 && $0 <= problem.implications.count } ?? true
        case .opening, .commitment: return false
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
