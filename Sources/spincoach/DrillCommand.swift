import ArgumentParser
import Foundation
import SpinCoachKit

struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Short rounds, one line each: SPIN questions, DISC styles, features into benefits.",
        discussion: """
            spin: a buyer's line (a fact, a guarded answer, a problem, a consequence); write the question \
            that should come next. disc: name the buyer's DISC style. fab: rewrite a feature dump as a \
            need-payoff question, or turn what you sell into a benefit tied to a stated need. Each skill \
            has a score, a streak and an SM-2 schedule; items you miss come back the next day. Without \
            options: what is due, then new items, in the language you drilled last. /skip skips a round; \
            /quit or Ctrl-D stops and keeps every answered round.
            """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: "spin, disc, fab or mixed (all three in turn).") var kind: DrillKind = .mixed
    @Option(help: "Rounds to serve, 1 to 100.") var count = 10
    @Option(help: "en or zh (default: the language you drilled last, else en).") var lang: ContentLanguage?
    @Option(help: "Your name for the drill log (default: $USER).") var rep: String?
    @Flag(help: "No colour, for screen readers and logs.") var plain = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        guard (1...100).contains(count) else {
            throw ValidationError("--count must be a whole number from 1 to 100, not \(count)")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let dataDirectory = try data.resolveOrFail()
        let records: [DrillRecord]
        do {
            records = try DrillLogReader.readAll(dataDirectory: dataDirectory)
        } catch {
            throw CommandFailure(
                "\(error.description)\nthe drill log was left as it is; fix or move that line, then drill again")
        }
        let rep = rep ?? environment["USER"] ?? "rep"
        let language =
            lang ?? records.last { $0.header.rep.lowercased() == rep.lowercased() }?.header.language ?? .english
        let calendar = Calendar.current
        let schedule = DrillSchedule(records: records, rep: rep, calendar: calendar)
        let library = content.loadLibrary()
        let items = DrillCatalog.items(from: library, language: language).filter { kind.skills.contains($0.skill) }
        let now = Date()
        let plan = schedule.plan(items, at: now, count: count)
        let phrases = DrillPhrases(terms: library.terms(for: language))
        guard !plan.isEmpty else {
            Console.show(phrases.nothingDue(next: schedule.nextDue(among: items, after: now), calendar: calendar))
            return
        }
        let needsClassifier = plan.contains { $0.skill != .disc }
        let marker = DrillMarker(
            classifier: UtteranceClassifier(library: library, languages: needsClassifier ? [language] : []),
            library: library, language: language)
        let started = Date()
        let header = DrillHeader(
            id: SessionID.make(started: started, random: UInt32.random(in: 0...UInt32.max)), started: started,
            rep: rep, language: language, kind: kind)
        let recorder = try storeOperation { try DrillRecorder(dataDirectory: dataDirectory, header: header) }
        var reader = makeLineReader(historyFile: nil, completions: ["/skip", "/quit"])
        defer { reader.close() }
        var session = DrillSession(
            plan: plan, marker: marker, recorder: recorder, schedule: schedule, phrases: phrases,
            style: TerminalStyle.current(plain: plain), clock: Date.init)
        session.run(reader: &reader)
        Console.error(
            TerminalStyle.current(plain: plain).dim(
                language.text("drill saved in ", "练习记录保存在 ") + recorder.fileURL.path))
    }
}

extension DrillKind: ExpressibleByArgument {}
