import ArgumentParser
import Foundation
import SpinCoachKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review practised and real calls: SPIN labels, conversation metrics, coaching points.",
        discussion: """
            Each input is a transcript file, a folder (walked for .vtt, .srt, .txt, .md, .json and \
            .jsonl files) or a practice session id. Formats are detected by content as well as by \
            extension: SpinCoach session logs, WebVTT, SRT, plain text and speech-to-text JSON. One \
            file gives a full review; several, or a folder, give a summary table, per-rep totals and \
            a trend. A file that cannot be read is reported as file:line and skipped; the exit \
            status is 1 if any was.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var data: DataOptions
    @Argument(help: "Transcript files, folders or session ids.") var inputs: [String]
    @Option(help: "The rep's name as the transcript writes it (default: the session's rep, else who asks most).")
    var rep: String?
    @Option(help: "Language of the calls: auto, en or zh.") var lang: ClassifyCommand.LanguageChoice = .auto
    @Option(help: "Output format: text, markdown, json or html.") var format: ReviewFormat = .text
    @Option(help: ArgumentHelp("Write the report to this file (mode 0600) instead of stdout.", valueName: "path"))
    var output: String?
    @Option(
        name: .customLong("speaker"),
        help: ArgumentHelp("Rename or merge a speaker: \"Old=New\" (repeatable).", valueName: "old=new"))
    var speakers: [String] = []
    @Option(help: "Merge a speaker's consecutive cues at most this many seconds apart into one turn.")
    var mergeGap: Double = 2
    @Flag(help: "With several calls, print each call's full review after its summary row.") var detail = false
    @Flag(help: "No colour.") var plain = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one file, folder or session id") }
        guard mergeGap >= 0, mergeGap.isFinite else { throw ValidationError("--merge-gap must be 0 or more seconds") }
        _ = try renames()
    }

    func renames() throws -> [String: String] {
        var renames: [String: String] = [:]
        for pair in speakers {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--speaker '\(pair)': write it as \"Old name=New name\"")
            }
            renames[parts[0]] = parts[1]
        }
        return renames
    }

    /// `latest` or the start of one session id becomes that id, as `sessions show` reads them;
    /// a path that exists is left alone.
    func sessionReference(_ argument: String, in dataDirectory: URL?) -> String {
        guard let dataDirectory, !FileManager.default.fileExists(atPath: argument) else { return argument }
        return (try? SessionStore(directory: dataDirectory).resolve(argument)) ?? argument
    }

    func run() throws {
        let library = content.loadLibrary(.classifierData)
        let languages = lang.language.map { Set([$0]) } ?? Set(ContentLanguage.allCases)
        let classifier = UtteranceClassifier(library: library, languages: languages)
        let runner = ReviewRunner(
            importer: TranscriptImporter(mergeGap: mergeGap, renames: try renames()),
            reviewer: CallReviewer(
                classifier: classifier, scripts: library.scripts, rep: rep, language: lang.language))
        let dataDirectory = try? data.resolve()
        let reviewInputs = ReviewInputs(
            arguments: inputs.map { sessionReference($0, in: dataDirectory) }, dataDirectory: dataDirectory)
        let sink = try ReportSink(path: output, format: format)
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let environment = ProcessInfo.processInfo.environment
        let style = ReportStyle(
            colour: format == .text
                && TerminalStyle.usesColor(isTTY: toTerminal, environment: environment, plain: plain),
            width: toTerminal ? TerminalStyle.current(plain: plain).width : 80)
        var writer = ReviewReports.writer(
            format, mode: reviewInputs.isSummary ? .summary(detail: detail) : .single,
            language: lang.language ?? .english, style: style, glossaries: library.glossaries)
        let bar =
            isatty(STDERR_FILENO) == 1 && reviewInputs.isSummary ? ProgressBar(total: reviewInputs.fileCount) : nil
        let outcome = runner.run(
            reviewInputs, writer: &writer, displayPath: Problems.displayPath, write: sink.write,
            problem: { problem in
                bar?.clear()
                Problems.engine.emit(problem.diagnostic(.error, note: "skipped"))
            },
            progress: { bar?.update($0) })
        bar?.finish()
        sink.close()
        // The engine makes the exit status 1 for these, and for each file skipped above.
        if outcome.failed > 0 {
            Problems.engine.emit(
                .error, "\(outcome.failed) of \(outcome.failed + outcome.reviewed) inputs could not be reviewed")
        } else if outcome.reviewed == 0 {
            Problems.engine.emit(.error, "nothing to review: no transcript files found")
        }
    }
}

extension ReviewFormat: ExpressibleByArgument {}

/// Buffered output to stdout or a private file. A text report is made safe as
/// `Console.report` makes it; Markdown, HTML and JSON escape in their own way.
final class ReportSink {
    private let handle: FileHandle
    private var buffer = Data()
    private let ownsHandle: Bool
    private let isText: Bool

    init(path: String?, format: ReviewFormat) throws {
        isText = format == .text
        guard let path else {
            handle = FileHandle.standardOutput
            ownsHandle = false
            return
        }
        // The report quotes the call, so it is as confidential as the session files.
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let opened = FileHandle(forWritingAtPath: path)
        else {
            Console.error("spincoach: \(path): cannot write the report there")
            throw ExitCode(1)
        }
        handle = opened
        ownsHandle = true
    }

    func write(_ text: String) {
        buffer.append(contentsOf: (isText ? Console.safeKeepingColour(text) : text).utf8)
        if buffer.count >= 64 * 1024 { flush() }
    }

    private func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
