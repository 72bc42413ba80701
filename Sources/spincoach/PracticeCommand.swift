import ArgumentParser
import Foundation
import SpinCoachKit

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Role-play a call with a simulated buyer, with live SPIN and DISC coaching.",
        discussion: """
            Type what you would say to the buyer. Slash commands: /hint /stage /advice /score \
            /undo /notes TEXT /end /help /quit. Ctrl-D ends the call with its scorecard; \
            Ctrl-C clears the line. When input is piped, lines are read plainly.
            """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "The buyer to practise with (see `spincoach personas list`).") var persona: String?
    @Option(help: "The question script the coach draws on (defaults to the buyer's own).") var script: String?
    @Option(help: "Only offer buyers in this language (en or zh).") var lang: ContentLanguage?
    @Option(help: "Coaching: live (tips during the call), end (scorecard only) or off.") var coach: CoachMode = .live
    @Option(help: "Seed for the buyer's choices, to replay a call exactly.") var seed: UInt64?
    @Option(help: "Your name for the session log (default: $USER).") var rep: String?
    @Flag(help: "Pick a buyer at random instead of from a list.") var random = false
    @Flag(help: "No colour or decoration, for screen readers and logs.") var plain = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        if random && persona != nil { throw ValidationError("--random and --persona cannot be used together") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let library = content.loadLibrary()
        let style = TerminalStyle.current(plain: plain)
        var reader = makeLineReader(
            historyFile: Self.historyFile(environment), completions: PracticeSession.commandNames)
        defer { reader.close() }

        let seed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let buyer = try choosePersona(library: library, seed: seed, reader: &reader, style: style)
        let chosenScript = try chooseScript(library: library, for: buyer)
        let dataDirectory = try data.resolve()
        let started = Date()
        let header = SessionHeader(
            id: SessionID.make(started: started, random: UInt32.random(in: 0...UInt32.max)), started: started,
            persona: buyer.id, script: chosenScript.id, contentVersion: ContentFingerprint.of(buyer, chosenScript),
            seed: seed, language: buyer.language, rep: rep ?? environment["USER"] ?? "rep", coach: coach)
        let recorder = try SessionRecorder(directory: dataDirectory, header: header)
        let machine = CallMachine(
            persona: buyer, script: chosenScript,
            classifier: UtteranceClassifier(library: library, languages: [buyer.language]),
            coachMode: coach, seed: seed)
        var session = PracticeSession(
            machine: machine, recorder: recorder, style: style, plain: plain, clock: Date.init)
        session.run(reader: &reader, brief: coach == .off ? nil : CallBrief(persona: buyer, script: chosenScript))
        Console.error(style.dim("session \(header.id) saved in \(dataDirectory.path)"))
    }

    private func choosePersona(
        library: ContentLibrary, seed: UInt64, reader: inout any LineReader, style: TerminalStyle
    ) throws -> Persona {
        let candidates = library.personas.filter { lang == nil || $0.language == lang }
        guard !candidates.isEmpty else { throw ValidationError("no personas found; run `spincoach check`") }
        if let persona {
            guard let found = library.persona(id: persona) else {
                let known = library.personas.map(\.id).joined(separator: ", ")
                throw ValidationError("no persona has the id '\(terminalSafe(persona))'; available: \(known)")
            }
            return found
        }
        if random {
            var generator = SeededGenerator(seed: seed)
            return candidates[Int(generator.next() % UInt64(candidates.count))]
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("choose a buyer with --persona ID or --random when input is piped")
        }
        for (number, candidate) in candidates.enumerated() {
            Console.out(
                terminalSafe(
                    "\(TerminalText.padded("\(number + 1).", to: 4))\(candidate.name), \(candidate.title) "
                        + "[\(candidate.language.rawValue), DISC \(candidate.disc.primary.rawValue), \(candidate.role.rawValue)]"
                ))
        }
        while true {
            switch reader.read(prompt: "buyer (1-\(candidates.count))> ") {
            case .line(let answer):
                if let number = Int(answer.trimmingCharacters(in: .whitespaces)),
                    (1...candidates.count).contains(number)
                {
                    return candidates[number - 1]
                }
                Console.error(style.warning("type a number from 1 to \(candidates.count)"))
            case .interrupted:
                continue
            case .endOfInput:
                throw ExitCode(0)
            }
        }
    }

    private func chooseScript(library: ContentLibrary, for buyer: Persona) throws -> Script {
        if let script {
            guard let found = library.script(id: script) else {
                throw ValidationError("no script has the id '\(terminalSafe(script))'")
            }
            guard found.language == buyer.language else {
                throw ValidationError(
                    "script '\(script)' is in \(found.language.rawValue) but the buyer speaks \(buyer.language.rawValue)"
                )
            }
            return found
        }
        let own = buyer.scripts.compactMap(library.script(id:)).filter { $0.language == buyer.language }
        guard let chosen = own.first ?? library.scripts.first(where: { $0.language == buyer.language }) else {
            throw ValidationError("no \(buyer.language.rawValue) script found for \(buyer.id)")
        }
        return chosen
    }

    static func historyFile(_ environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(filePath: state).appending(path: "spincoach/history")
        }
        return environment["HOME"].map { URL(filePath: $0).appending(path: ".local/state/spincoach/history") }
    }
}

extension CoachMode: ExpressibleByArgument {}
