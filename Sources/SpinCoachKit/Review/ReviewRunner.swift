import Foundation

/// Where a running review has got to, for a progress bar.
public struct ReviewProgress: Sendable {
    public var files: Int
    public var failed: Int
    public var utterances: Int

    public init(files: Int, failed: Int, utterances: Int) {
        self.files = files
        self.failed = failed
        self.utterances = utterances
    }
}

/// Reviews inputs one file at a time and hands each piece of the report to `write`
/// as soon as it is ready: nothing about a call is kept once its piece is written,
/// so memory does not grow with the number of files.
public struct ReviewRunner: Sendable {
    public var importer: TranscriptImporter
    public var reviewer: CallReviewer
    /// Failures listed again at the end of the report; the rest are only counted.
    public var listedFailures = 1000

    public init(importer: TranscriptImporter, reviewer: CallReviewer) {
        self.importer = importer
        self.reviewer = reviewer
    }

    public struct Outcome: Equatable, Sendable {
        public var reviewed: Int
        public var failed: Int
    }

    public func run(
        _ inputs: some Sequence<ReviewInputs.Item>, writer: inout some ReviewReportWriter,
        displayPath: (String) -> String = { $0 }, write: (String) -> Void, problem: (TranscriptProblem) -> Void,
        progress: (ReviewProgress) -> Void = { _ in }
    ) -> Outcome {
        var totals = ReviewTotals()
        var failures: [TranscriptProblem] = []
        var failed = 0
        func fail(_ found: TranscriptProblem) {
            var shown = found
            shown.file = displayPath(found.file)
            problem(shown)
            failed += 1
            if failures.count < listedFailures { failures.append(shown) }
        }
        write(writer.begin())
        var files = 0
        for input in inputs {
            files += 1
            switch input {
            case .problem(let found): fail(found)
            case .file(let url):
                do {
                    let review = try reviewer.review(try importer.read(url))
                    totals.add(review)
                    write(writer.call(review, path: displayPath(url.path)))
                } catch {
                    fail(error)
                }
            }
            progress(ReviewProgress(files: files, failed: failed, utterances: totals.utterances))
        }
        write(writer.end(totals: totals, failures: failures, failureCount: failed))
        return Outcome(reviewed: totals.all.calls, failed: failed)
    }
}
