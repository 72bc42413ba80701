import ArgumentParser
import Foundation
import SpinCoachKit

/// A failure at run time (an unknown persona, a file that cannot be read, broken
/// content): thrown by a command and reported by `SpinCoach.main` as an error,
/// with exit status 1 and no usage text. Mistakes in the command line itself are
/// ArgumentParser's `ValidationError`, which shows the usage.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

/// The run's one diagnostics engine, and how it prints: every problem, from a
/// user's file or from the program, is shown here and only here, its control
/// characters made visible, one per line (wrapped with a hanging indent on a terminal).
enum Problems {
    /// Where problems are printed: stderr, except for `check`, whose problems are its report.
    nonisolated(unsafe) static var stream: Console.Stream = .standardError

    static let engine = DiagnosticsEngine(consumers: [{ show($0) }])

    static func show(_ diagnostic: Diagnostic) {
        var shown = diagnostic
        shown.file = displayPath(diagnostic.file)
        let target = stream
        // Off a terminal each problem stays on one line, for editors, grep and CI logs.
        let width = target.isTerminal ? Console.width(of: target) : .max
        target.write(TextLayout.wrap(shown.description, width: width, hanging: 4))
    }

    /// Paths under the current folder are shown relative to it, as the user typed them.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    /// "no persona has the id 'x'; did you mean y? Available: a, b, c": what exists, and the nearest.
    static func unknown(_ kind: String, id: String, known: [String]) -> CommandFailure {
        var message = "no \(kind) has the id '\(id)'"
        if let nearest = NearestName.closest(to: id, in: known) { message += "; did you mean \(nearest)?" }
        message +=
            known.isEmpty
            ? "; none are installed (run `spincoach check`)" : "\navailable: " + known.joined(separator: ", ")
        return CommandFailure(message)
    }
}
