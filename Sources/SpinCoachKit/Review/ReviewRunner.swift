import Foundation

/// Where a running review has got to, for a progress bar.
public struct ReviewProgress: Sendable {
    public var files: Int
    public var failed: Int
    public var utterances: Int

    /// Before the first file is read.
    public static let notStarted = ReviewProgress(files: 0, failed: 0, utterances: 0)
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

    /// Files reviewed side by side, and at most this many bytes of them at once, so memory stays bounded.
    public var batchFiles = 8
    public var batchBytes = 8 << 20

    public func run(
        _ inputs: some Sequence<ReviewInputs.Item>, writer: inout some ReviewReportWriter,
        displayPath: (String) -> String = { $0 }, write: (String) -> Void, problem: (TranscriptProblem) -> Void,
        progress: (ReviewProgress) -> Void = { _ in }
    ) -> Outcome {
        var totals = ReviewTotals()
        var failures: [TranscriptProblem] = []
        var failed = 0
        var files = 0
        func fail(_ found: TranscriptProblem) {
            var shown = found
            shown.file = displayPath(found.file)
            problem(shown)
            failed += 1
            if failures.count < listedFailures { failures.append(shown) }
        }
        write(writer.begin())
        var batch: [ReviewInputs.Item] = []
        var bytes = 0
        func flush() {
            // Reviewed on every core, then written in input order.
            for result in review(batch) {
                files += 1
                switch result {
                case .success(let review):
                    totals.add(review)
                    write(writer.call(review, path: displayPath(review.file)))
                case .failure(let found): fail(found)
                }
                progress(ReviewProgress(files: files, failed: failed, utterances: totals.utterances))
            }
            batch.removeAll(keepingCapacity: true)
            bytes = 0
        }
        for input in inputs {
            if case .file(let url) = input {
                bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
            }
            batch.append(input)
            if batch.count >= batchFiles || bytes >= batchBytes { flush() }
        }
        flush()
        write(writer.end(totals: totals, failures: failures, failureCount: failed))
        return Outcome(reviewed: totals.all.calls, failed: failed)
    }

    private func review(_ batch: [ReviewInputs.Item]) -> [Result<CallReview, TranscriptProblem>] {
        let slots = Slots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            switch batch[index] {
            case .problem(let found): slots.store(.failure(found), at: index)
            case .file(let url):
                do throws(TranscriptProblem) {
                    slots.store(.success(try reviewer.review(try importer.read(url))), at: index)
                } catch {
                    slots.store(.failure(error), at: index)
                }
            }
        }
        return slots.values
    }
}

/// One slot per file of a batch: each written by exactly one worker, read after all have finished.
private final class Slots: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result<CallReview, TranscriptProblem>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func store(_ value: Result<CallReview, TranscriptProblem>, at index: Int) { storage[index] = value }

    var values: [Result<CallReview, TranscriptProblem>] { (0..<count).compactMap { storage[$0] } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
