import ArgumentParser
import Foundation
import SpinCoachKit

/// `--data-dir DIR`, shared by every command that records or reads sessions.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "The folder sessions are kept in (default $SPINCOACH_DATA, else $XDG_DATA_HOME/spincoach, "
                + "else ~/.local/share/spincoach).",
            valueName: "dir"))
    var directory: String?

    func resolve() throws -> URL {
        try DataDirectory.resolve(option: directory, environment: ProcessInfo.processInfo.environment)
    }
}
