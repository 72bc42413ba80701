import ArgumentParser
import SpinCoachKit

@main
struct SpinCoach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spincoach",
        abstract: "Practise SPIN questioning and DISC rapport against simulated buyers.",
        version: "0.1.0",
        subcommands: [
            PracticeCommand.self,
            PrepCommand.self,
            CheckCommand.self,
            ScriptsCommand.self,
            PersonasCommand.self,
            ClassifyCommand.self,
            EvalCommand.self,
            SessionsCommand.self,
            ReviewCommand.self,
            HistoryCommand.self,
            DrillCommand.self,
            AssessCommand.self,
        ]
    )

    /// Runs the command; run-time failures and the errors a command emitted decide the
    /// exit status through the one diagnostics engine, usage mistakes through ArgumentParser.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitShowingSafely(error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Problems.engine.emit(.error, failure.message)
        } catch let mistake as ValidationError {
            // Found only once content was loaded; shown as ArgumentParser shows one found
            // while parsing, with the usage of the command that was run, not the root's.
            let usage = usageString(for: type(of: command))
            let path = usage.split(separator: " ").prefix { !"[<-".contains($0.first ?? "-") }.joined(separator: " ")
            Console.error("Error: \(mistake.message)\nUsage: \(usage)")
            Console.error("  See '\(path) --help' for more information.")
            exit(withError: ExitCode.validationFailure)
        } catch {
            exitShowingSafely(error)
        }
        if Problems.engine.hasErrors { exit(withError: ExitCode(Problems.engine.exitStatus)) }
    }

    /// ArgumentParser's own exit, except that an error message (which may quote what
    /// the user typed or a file's name) is written through `Console`, as all output is.
    private static func exitShowingSafely(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        let message = fullMessage(for: error)
        if !message.isEmpty { Console.error(message) }
        exit(withError: code)
    }
}
