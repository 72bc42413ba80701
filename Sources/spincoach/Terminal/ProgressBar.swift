import Foundation
import SpinCoachKit

/// A one-line progress bar on stderr, redrawn at most ten times a second. Only
/// made when stderr is a terminal, so logs and pipes never see it.
final class ProgressBar {
    private let total: Int
    private let clock = ContinuousClock()
    private var lastDrawn: ContinuousClock.Instant?
    private var latest = ReviewProgress.notStarted
    private let started: ContinuousClock.Instant

    init(total: Int) {
        self.total = max(1, total)
        started = clock.now
    }

    func update(_ progress: ReviewProgress) {
        latest = progress
        let now = clock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), progress.files < total { return }
        lastDrawn = now
        draw()
    }

    static func line(_ progress: ReviewProgress, total: Int, seconds: Double) -> String {
        let fraction = min(1, Double(progress.files) / Double(max(1, total)))
        let filled = Int((fraction * 24).rounded())
        let rate = seconds > 0 ? Double(progress.utterances) / seconds : 0
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled) + "] "
            + "\(progress.files)/\(total) files, \(progress.utterances) turns, \(Int(rate)) turns/s"
            + (progress.failed > 0 ? ", \(progress.failed) failed" : "")
    }

    private func draw() {
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.line(latest, total: total, seconds: seconds)).utf8))
    }

    /// Clears the bar so a message can take the line; the next update redraws it.
    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        lastDrawn = nil
    }

    func finish() {
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
