import ArgumentParser
import Foundation
import SpinCoachKit

struct PrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prep",
        abstract: "Plan a real call step by step, or from a persona, and write the plan as Markdown or JSON.",
        discussion: "Asks who the buyer is, what you know, the problems you suspect (with an implication and a"
            + " need-payoff question for each, checked by the classifier), the advance, objections and red flags."
            + " Ctrl-D stops and keeps what was answered. When input is piped, lines are read plainly."
            + " Practise the plan with `spincoach practice --plan FILE`."
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var data: DataOptions
    @Option(help: "Build the plan from this buyer's persona without asking (see `spincoach personas list`).")
    var persona: String?
    @Option(help: "Write the plan to this file (0600) instead of stdout.") var output: String?
    @Option(help: "The plan's format: markdown or json.") var format: PlanFormat = .markdown
    @Option(help: "The language to plan in (en or zh); with --persona, the buyer's own.") var lang: ContentLanguage?
    @Option(
        name: .customLong("my-style"),
        help: "Your own DISC style (D, I, S or C), for rapport advice; default: your `spincoach assess` result.")
    var myStyle: DISCStyle?
    @Flag(help: "No colour or decoration, for screen readers and logs.") var plain = false

    /// The primary style of the rep's stored self-assessment; one that cannot be read is a warning.
    private func storedStyle() -> DISCStyle? {
        do {
            return try AssessmentStore(directory: try data.resolve()).loadResult()?.primary
        } catch {
            Problems.engine.emit(.warning, "\(error) (planning without your own style)")
            return nil
        }
    }

    func run() throws {
        let library = content.loadLibrary()
        let today = Self.today()
        if let persona {
            let buyer = try library.requirePersona(persona)
            if let lang, buyer.language != lang {
                throw ValidationError(
                    "--persona \(persona) speaks \(buyer.language.rawValue), not \(lang.rawValue); leave out --lang")
            }
            let script = try Self.script(for: buyer, in: library)
            // Read only once the command line is known to be good, so a typo gets its error alone.
            let myStyle = self.myStyle ?? storedStyle()
            try write(PlanBuilder.plan(for: buyer, script: script, today: today, repStyle: myStyle), note: nil)
            return
        }
        let language = lang ?? .english
        guard library.scripts.contains(where: { $0.language == language }) else {
            throw CommandFailure("no \(language.rawValue) scripts found; run `spincoach check`")
        }
        let context = PrepContext(
            language: language, scripts: library.scripts, personas: library.personas,
            classifier: UtteranceClassifier(library: library, languages: [language]), today: today,
            repStyle: myStyle ?? storedStyle())
        // With the plan going to stdout through a pipe, the conversation goes to stderr.
        let talk: Console.Stream =
            output == nil && !Console.Stream.standardOutput.isTerminal ? .standardError : .standardOutput
        var reader = makeLineReader(historyFile: nil, completions: [])
        defer { reader.close() }
        var session = PrepSession(machine: PrepMachine(context: context), style: .current(plain: plain), stream: talk)
        switch session.run(reader: &reader) {
        case .finished(let plan):
            try write(plan, note: nil)
        case .stopped(let plan?):
            try write(plan, note: language.text("Stopped: the plan so far (what you answered) is", "已停止：已回答的部分计划"))
        case .stopped(nil):
            Console.error(language.text("Stopped before any answer: nothing was written.", "还没回答就停止了：什么也没有写。"))
        }
    }

    /// Writes the plan to `--output` or stdout, and says where on stderr.
    private func write(_ plan: CallPlan, note: String?) throws {
        let language = plan.language
        guard let output else {
            Console.document(String(PlanFile.render(plan, as: format).dropLast()))
            if let note { Console.error(note + language.text(" above.", "如上。")) }
            return
        }
        try storeOperation { try PlanFile.write(plan, as: format, to: URL(filePath: output)) }
        let place = output
        Console.error(
            (note.map { $0 + language.text(" in ", "已写入") } ?? language.text("Plan written to ", "计划已写入"))
                + place
                + language.text(
                    ". Practise it: spincoach practice --plan \(place)", "。演练：spincoach practice --plan \(place)"))
    }

    /// The buyer's default script (`ContentLibrary.defaultScript(for:)`, what `practice` plays
    /// when no --script is given, too), or a failure when its language has none.
    static func script(for buyer: Persona, in library: ContentLibrary) throws -> Script {
        guard let chosen = library.defaultScript(for: buyer) else {
            throw CommandFailure("no \(buyer.language.rawValue) script found for \(buyer.id); run `spincoach check`")
        }
        return chosen
    }

    /// Today in the user's own time zone: the day they are planning on.
    static func today(_ now: Date = Date()) -> CalendarDay {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}

extension PlanFormat: ExpressibleByArgument {}
extension DISCStyle: ExpressibleByArgument {
    /// `--my-style i` works as well as `--my-style I`.
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}
