import ArgumentParser
import Foundation
import SpinCoachKit

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A trainee's progress: practice scores and SPIN mix over time, and drill progress.",
        discussion: """
            Finished practice calls only, oldest first, with a sparkline of the score and of the \
            implication and need-payoff share of SPIN questions for each rep; then, for each rep who \
            has drilled, each skill's rounds, score, streak and items due (--since applies to calls).
            """
    )

    @OptionGroup var data: DataOptions
    @Option(help: "Only this rep (any case).") var rep: String?
    @Option(help: "Only calls started on or after this date (YYYY-MM-DD, UTC, or an ISO 8601 date-time).")
    var since: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let since, SessionHistory.date(from: since) == nil {
            throw ValidationError("--since '\(since)' is not a date such as 2025-03-14")
        }
    }

    func run() throws {
        let sessions: [SessionListing]
        do {
            sessions = try SessionStore(directory: try data.resolve()).list {
                Problems.engine.emit(.warning, "\($0.description) (skipped)")
            }
        } catch let error as SessionStoreError {
            throw CommandFailure(error.description)
        }
        let points = SessionHistory.points(from: sessions, rep: rep, since: since.flatMap(SessionHistory.date))
        if json {
            try Console.json(points)
            return
        }
        let style = ReportStyle(
            colour: TerminalStyle.usesColor(
                isTTY: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment, plain: false),
            width: Console.width())
        if points.isEmpty {
            Console.error(
                "no finished practice calls" + (rep.map { " for \($0)" } ?? "")
                    + (since.map { " since \($0)" } ?? ""))
        } else {
            Console.report(SessionHistory.render(points, style: style))
        }
        try showDrills(style: style, separated: !points.isEmpty)
    }

    /// Each drilling rep's skills. A damaged drill log is a warning, as a damaged session
    /// file is, and left out; it is never rewritten.
    private func showDrills(style: ReportStyle, separated: Bool) throws {
        let records: [DrillRecord]
        do {
            records = try DrillLogReader.readAll(dataDirectory: try data.resolve()) {
                Problems.engine.emit(.warning, "\($0.description) (skipped)")
            }
        } catch let error as DrillLogError {
            Problems.engine.emit(.error, error.description)
            return
        }
        let text = DrillProgressReport.render(
            records, rep: rep, at: Date(), calendar: .current, style: style)
        guard !text.isEmpty else { return }
        Console.report((separated ? "\n" : "") + text + "\n")
    }
}
