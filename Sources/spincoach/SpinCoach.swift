import ArgumentParser

@main
struct SpinCoach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spincoach",
        abstract: "Practise SPIN questioning and DISC rapport against simulated buyers.",
        version: "0.1.0",
        subcommands: [
            PracticeCommand.self,
            CheckCommand.self,
            ScriptsCommand.self,
            PersonasCommand.self,
            ClassifyCommand.self,
            EvalCommand.self,
            SessionsCommand.self,
            ReviewCommand.self,
            HistoryCommand.self,
        ]
    )
}
