import Yams

/// Decodes a persona YAML file into a typed `Persona` (see Personas/README.md).
public struct PersonaDecoder {
    public var file: String
    /// The language the file's folder implies, if any.
    public var expectedLanguage: ContentLanguage?
    /// Script ids a persona may name in `scripts:`, with their languages; nil skips the check.
    public var knownScripts: [String: ContentLanguage]?

    public init(
        file: String, expectedLanguage: ContentLanguage? = nil, knownScripts: [String: ContentLanguage]? = nil
    ) {
        self.file = file
        self.expectedLanguage = expectedLanguage
        self.knownScripts = knownScripts
    }

    static let topLevelKeys = [
        "id", "language", "name", "title", "company", "industry", "disc", "role", "stance", "mode",
        "patience", "scripts", "background", "opening", "facts", "problems", "interests", "objections",
        "deflections", "withhold", "rapport", "closing",
    ]

    /// Returns the persona when the text has no errors, and every diagnostic found.
    public func decode(_ text: String) -> (persona: Persona?, diagnostics: [Diagnostic]) {
        let report = YAMLReport(file: file)
        let root: Node?
        do {
            // The basic resolver types nothing implicitly: every scalar stays text, and no
            // regular expression runs per scalar (the default resolver was most of the load time).
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            return (nil, [syntaxDiagnostic(error, text: text)])
        }
        guard let root else {
            report.error(at: nil, path: "", "file is empty; a persona needs the fields in Personas/README.md")
            return (nil, report.diagnostics)
        }
        guard let top = YAMLMapping(root, path: "", report: report) else { return (nil, report.diagnostics) }
        let persona = read(top)
        let diagnostics = report.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return (diagnostics.isEmpty ? persona : nil, diagnostics)
    }

    private func read(_ top: YAMLMapping) -> Persona? {
        top.rejectUnknownKeys(allowing: Self.topLevelKeys)
        let id = top.string("id")
        if let id, !ScriptParser.isValidScriptID(id) {
            top.report.error(
                at: top.node("id")?.mark, path: "id", "invalid id '\(id)': use lowercase letters, digits and '-'")
        }
        let language = top.choice("language", as: ContentLanguage.self)
        if let language, let expectedLanguage, language != expectedLanguage {
            top.report.error(
                at: top.node("language")?.mark, path: "language",
                "'\(language.rawValue)' does not match the folder '\(expectedLanguage.rawValue)'")
        }
        let name = top.string("name")
        let title = top.string("title")
        let company = top.string("company")
        let industry = top.string("industry")
        let disc = readDISC(top)
        let role = top.choice("role", as: BuyingRole.self)
        let stance = top.choice("stance", as: Stance.self)
        let mode = top.choice("mode", as: ResponseMode.self)
        let patience = top.integer("patience", in: 1...10)
        let scripts = top.strings("scripts", atLeast: 0, required: false)
        if let scripts, let knownScripts, case .sequence(let items)? = top.node("scripts") {
            for (index, script) in scripts.enumerated() {
                guard let scriptLanguage = knownScripts[script] else {
                    top.report.error(
                        at: items[index].mark, path: "scripts[\(index)]", "no script has the id '\(script)'")
                    continue
                }
                if let language, scriptLanguage != language {
                    top.report.error(
                        at: items[index].mark, path: "scripts[\(index)]",
                        "script '\(script)' is in \(scriptLanguage.rawValue) but the persona speaks \(language.rawValue)"
                    )
                }
            }
        }
        let background = top.optionalString("background")
        let opening = top.string("opening")
        let facts = readFacts(top)
        let problems = readProblems(top)
        let interests = readInterests(top)
        let objections = readObjections(top)
        let deflections = top.strings("deflections", atLeast: 2)
        let withhold = top.strings("withhold", atLeast: 0, required: false)
        rejectClaimsOfIgnorance(top, key: "deflections", lines: deflections)
        rejectClaimsOfIgnorance(top, key: "withhold", lines: withhold)
        let rapport = top.strings("rapport", atLeast: 0, required: false)
        let closing = readClosing(top)

        guard let id, let language, let name, let title, let company, let industry, let disc, let role,
            let stance, let mode, let patience, let scripts, let opening, let facts, let problems,
            let interests, let objections, let deflections, let withhold, let rapport, let closing
        else { return nil }
        return Persona(
            id: id, language: language, name: name, title: title, company: company, industry: industry,
            disc: disc, role: role, stance: stance, mode: mode, patience: patience, scripts: scripts,
            background: background, opening: opening, facts: facts, problems: problems,
            interests: interests, objections: objections, deflections: deflections, withhold: withhold,
            rapport: rapport,
            closing: closing, origin: position(of: top.node("id")))
    }

    private func readDISC(_ top: YAMLMapping) -> DISCProfile? {
        guard let disc = top.submapping("disc") else { return nil }
        disc.rejectUnknownKeys(allowing: ["primary", "secondary"])
        let primary = disc.choice("primary", as: DISCStyle.self)
        let secondary = disc.optionalChoice("secondary", as: DISCStyle.self)
        if disc.optionalString("secondary") != nil && secondary == nil { return nil }
        return primary.map { DISCProfile(primary: $0, secondary: secondary) }
    }

    private func readFacts(_ top: YAMLMapping) -> [PersonaFact]? {
        guard let entries = top.mappings("facts", atLeast: 1) else { return nil }
        let facts = entries.compactMap { entry -> PersonaFact? in
            entry.rejectUnknownKeys(allowing: ["id", "cues", "asked", "say"])
            let asked = entry.strings("asked", atLeast: 1, required: false)
            guard let id = entry.string("id"), let cues = entry.cues("cues"),
                let say = entry.string("say"), let asked
            else { return nil }
            return PersonaFact(id: id, cues: cues, say: say, asked: asked)
        }
        rejectDuplicateIDs(entries, ids: facts.map(\.id), complete: facts.count == entries.count)
        return facts.count == entries.count ? facts : nil
    }

    private func readProblems(_ top: YAMLMapping) -> [PersonaProblem]? {
        guard let entries = top.mappings("problems", atLeast: 1) else { return nil }
        let problems = entries.compactMap { entry -> PersonaProblem? in
            entry.rejectUnknownKeys(
                allowing: ["id", "cues", "asked", "admit", "deny", "implications", "need", "benefit", "need-asked"])
            let id = entry.string("id")
            let cues = entry.cues("cues")
            let admit = entry.string("admit")
            let deny = entry.optionalString("deny")
            let implications = entry.mappings("implications", atLeast: 2)?.compactMap {
                implication -> PersonaImplication? in
                implication.rejectUnknownKeys(allowing: ["cues", "say", "asked"])
                let asked = implication.strings("asked", atLeast: 1, required: false)
                guard let cues = implication.cues("cues"), let say = implication.string("say"), let asked
                else { return nil }
                return PersonaImplication(cues: cues, say: say, asked: asked)
            }
            let need = entry.string("need")
            let benefit = entry.string("benefit")
            let asked = entry.strings("asked", atLeast: 1, required: false)
            let needAsked = entry.strings("need-asked", atLeast: 1, required: false)
            guard let id, let cues, let admit, let implications, let need, let benefit, let asked, let needAsked
            else { return nil }
            return PersonaProblem(
                id: id, cues: cues, admit: admit, deny: deny, implications: implications, need: need,
                benefit: benefit, asked: asked, needAsked: needAsked)
        }
        rejectDuplicateIDs(entries, ids: problems.map(\.id), complete: problems.count == entries.count)
        return problems.count == entries.count ? problems : nil
    }

    private func rejectDuplicateIDs(_ entries: [YAMLMapping], ids: [String], complete: Bool) {
        guard complete else { return }
        var seen: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = seen[id] {
                entries[index].report.error(
                    at: entries[index].node("id")?.mark, path: "\(entries[index].path).id",
                    "duplicate id '\(id)' (first at \(entries[first].path))")
            } else {
                seen[id] = index
            }
        }
    }

    private func readInterests(_ top: YAMLMapping) -> PersonaInterests? {
        guard let interests = top.submapping("interests") else { return nil }
        interests.rejectUnknownKeys(allowing: ["wins", "fears"])
        guard let wins = interests.strings("wins", atLeast: 1), let fears = interests.strings("fears", atLeast: 1)
        else { return nil }
        return PersonaInterests(wins: wins, fears: fears)
    }

    private func readObjections(_ top: YAMLMapping) -> [PersonaObjection]? {
        guard let entries = top.mappings("objections", atLeast: 1) else { return nil }
        let objections = entries.compactMap { entry -> PersonaObjection? in
            entry.rejectUnknownKeys(allowing: ["when", "say"])
            guard let when = entry.choice("when", as: ObjectionTrigger.self), let say = entry.string("say")
            else { return nil }
            return PersonaObjection(when: when, say: say)
        }
        return objections.count == entries.count ? objections : nil
    }

    private func readClosing(_ top: YAMLMapping) -> PersonaClosing? {
        guard let closing = top.submapping("closing") else { return nil }
        closing.rejectUnknownKeys(allowing: ["advance", "continuation", "no-sale", "walk-out"])
        requireStepPlaceholder(closing)
        guard let advance = closing.string("advance"), let continuation = closing.string("continuation"),
            let noSale = closing.string("no-sale"), let walkOut = closing.string("walk-out")
        else { return nil }
        return PersonaClosing(advance: advance, continuation: continuation, noSale: noSale, walkOut: walkOut)
    }

    private func position(of node: Node?) -> SourcePosition {
        SourcePosition(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }
}
