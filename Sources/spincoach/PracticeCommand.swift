import ArgumentParser
import Foundation
import SpinCoachKit

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Role-play a call with a simulated buyer, with live SPIN and DISC coaching.",
        discussion: "Type what you would say to the buyer. Slash commands: "
            + SlashCommand.commandLine(in: .english)
            + ". Ctrl-D ends the call with its scorecard; Ctrl-C clears the line."
            + " When input is piped, lines are read plainly."
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The buyer to practise with (see `spincoach personas list`).") var persona: String?
    @Option(help: "The question script the coach draws on (defaults to the buyer's own).") var script: String?
    @Option(help: "Only offer buyers in this language (en or zh).") var lang: ContentLanguage?
    @Option(help: "Coaching: live (tips during the call), end (scorecard only) or off.") var coach: CoachMode = .live
    @Option(
        name: .customLong("seed"), parsing: .unconditional,
        help: ArgumentHelp("Seed for the buyer's choices, to replay a call exactly.", valueName: "seed"))
    var seedText: String?
    @Option(help: "Your name for the session log (default: $USER).") var rep: String?
    @Option(help: "Practise a plan made by `spincoach prep`, against the buyer it was made for.") var plan: String?
    @Flag(help: "Pick a buyer at random instead of from a list.") var random = false
    @Flag(help: "No colour or decoration, for screen readers and logs.") var plain = false
    @OptionGroup var data: DataOptions

    /// The seed given; `validate` has made sure it is one.
    var seed: UInt64? { seedText.flatMap { UInt64($0) } }

    func validate() throws {
        if random && persona != nil { throw ValidationError("--random and --persona cannot be used together") }
        if plan != nil && (random || persona != nil) {
            throw ValidationError("--plan names its own buyer; leave out --persona and --random")
        }
        if let seedText, UInt64(seedText) == nil {
            throw ValidationError(
                "--seed must be a whole number from 0 to \(UInt64.max), not '\(seedText)'")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // The plan is read first: its buyer and language say what content the call needs.
        let callPlan = try plan.map(Self.readPlan)
        let library = content.loadPracticeLibrary(
            persona: callPlan?.persona ?? persona, script: script, language: callPlan?.language ?? lang)
        let style = TerminalStyle.current(plain: plain)
        var reader = makeLineReader(
            historyFile: Self.historyFile(environment), completions: SlashCommand.completions)
        defer { reader.close() }

        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let buyer =
            try callPlan.map { try planned($0, library: library) }
            ?? choosePersona(library: library, seed: seed, reader: &reader, style: style)
        let chosenScript = try chooseScript(library: library, for: buyer, planned: callPlan?.script)
        let dataDirectory = try data.resolveOrFail()
        let started = Date()
        let header = SessionHeader(
            id: SessionID.make(started: started, random: UInt32.random(in: 0...UInt32.max)), started: started,
            persona: buyer.id, script: chosenScript.id, contentVersion: ContentFingerprint.of(buyer, chosenScript),
            seed: seed, language: buyer.language, rep: rep ?? environment["USER"] ?? "rep", coach: coach)
        let recorder = try storeOperation { try SessionRecorder(directory: dataDirectory, header: header) }
        let machine = CallMachine(
            practising: buyer, script: chosenScript, in: library, coachMode: coach, seed: seed)
        var session = PracticeSession(
            machine: machine, recorder: recorder, style: style, plain: plain,
            echoesInput: isatty(STDIN_FILENO) != 1, clock: Date.init, plan: callPlan)
        // Without coaching there is no brief, so the stored assessment is not even read.
        let brief =
            coach == .off
            ? nil
            : CallBrief(
                call: machine, repStyle: Self.repStyleLine(library: library, directory: dataDirectory, buyer: buyer))
        session.run(reader: &reader, brief: brief)
        Console.error(
            style.dim(
                buyer.language.text("session \(header.id) saved in ", "拜访记录 \(header.id) 保存在 ")
                    + dataDirectory.path))
    }

    private func choosePersona(
        library: ContentLibrary, seed: UInt64, reader: inout any LineReader, style: TerminalStyle
    ) throws -> Persona {
        if let persona {
            let found = try library.requirePersona(persona)
            if let lang, found.language != lang {
                throw ValidationError(
                    "--persona \(persona) speaks \(found.language.rawValue), not \(lang.rawValue); "
                        + "leave out --lang or choose a \(lang.rawValue) buyer (spincoach personas list --lang \(lang.rawValue))"
                )
            }
            return found
        }
        let candidates = library.personas.filter { lang == nil || $0.language == lang }
        guard !candidates.isEmpty else {
            throw CommandFailure(
                "no \(lang.map { "\($0.rawValue) " } ?? "")personas found; run `spincoach check`")
        }
        if random {
            var generator = SeededGenerator(seed: seed)
            return candidates[Int(generator.next() % UInt64(candidates.count))]
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("choose a buyer with --persona ID or --random when input is piped")
        }
        return try pick(from: candidates, reader: &reader, style: style)
    }

    /// The numbered list of buyers, answered with a number or an id; the answer stays
    /// out of the call's history, so Up in the call recalls only what was said in calls.
    private func pick(from candidates: [Persona], reader: inout any LineReader, style: TerminalStyle) throws -> Persona
    {
        Console.out(style.heading("Choose a buyer to practise with"))
        let rows = candidates.enumerated().map { number, candidate in
            [
                "\(number + 1).", candidate.id, "\(candidate.name), \(candidate.title)", candidate.language.rawValue,
                "DISC \(candidate.disc.primary.rawValue)", candidate.role.rawValue,
            ]
        }
        Console.show(TextTable(rows: rows, indent: 2))
        while true {
            switch reader.read(prompt: "buyer (1-\(candidates.count) or id)> ", remember: false) {
            case .line(let typed):
                let answer = typed.trimmingCharacters(in: .whitespaces)
                if let number = Int(answer), (1...candidates.count).contains(number) { return candidates[number - 1] }
                if let chosen = candidates.first(where: { $0.id == answer }) { return chosen }
                var message = "type a number from 1 to \(candidates.count), or a buyer's id"
                if let nearest = NearestName.closest(to: answer, in: candidates.map(\.id)) {
                    message += "; did you mean \(nearest)?"
                }
                Console.error(style.warning(TextLayout.wrap(message, width: Console.width(of: .standardError))))
            case .interrupted:
                continue
            case .endOfInput:
                throw ExitCode(0)
            }
        }
    }

    private func chooseScript(library: ContentLibrary, for buyer: Persona, planned: String?) throws -> Script {
        if script == nil, let planned, let found = library.script(id: planned), found.language == buyer.language {
            return found
        }
        if let script {
            let found = try library.requireScript(script)
            guard found.language == buyer.language else {
                throw ValidationError(
                    "script '\(script)' is in \(found.language.rawValue) but the buyer speaks \(buyer.language.rawValue)"
                )
            }
            return found
        }
        return try PrepCommand.script(for: buyer, in: library)
    }

    /// The rep's own style against the buyer's, when they have taken `spincoach assess`; a
    /// result or assessment that cannot be read is reported and the brief goes without it.
    static func repStyleLine(library: ContentLibrary, directory: URL, buyer: Persona) -> String? {
        do {
            let result = try AssessmentStore(directory: directory).loadResult()
            return try library.repStyleLine(for: result, buyer: buyer.disc.primary, language: buyer.language)
        } catch let error as ContentError {
            Problems.engine.emit(error.diagnostics.map { $0.warning("the brief leaves out your own style") })
        } catch {
            Problems.engine.emit(.warning, "\(error) (the brief leaves out your own style)")
        }
        return nil
    }

    /// The plan in `path`, Markdown or JSON; an unreadable or malformed file is reported
    /// with its line, and nothing is practised.
    static func readPlan(_ path: String) throws -> CallPlan {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure("\(path): cannot read the plan: \(error.localizedDescription)")
        }
        do {
            return try PlanFile.read(text, file: path)
        } catch {
            Problems.engine.emit(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// The buyer the plan was made for, in the plan's language.
    private func planned(_ callPlan: CallPlan, library: ContentLibrary) throws -> Persona {
        let path = plan ?? ""
        guard let id = callPlan.persona else {
            throw CommandFailure(
                "\(path): the plan names no persona to practise against; add 'persona: ID' to its front matter")
        }
        let buyer = try library.requirePersona(id)
        guard buyer.language == callPlan.language else {
            throw CommandFailure(
                "\(path): the plan is in \(callPlan.language.rawValue) but \(id) speaks \(buyer.language.rawValue)")
        }
        return buyer
    }

    static func historyFile(_ environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(filePath: state).appending(path: "spincoach/history")
        }
        return environment["HOME"].map { URL(filePath: $0).appending(path: ".local/state/spincoach/history") }
    }
}

extension CoachMode: ExpressibleByArgument {}
