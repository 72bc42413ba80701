import Foundation
import Testing

/// Every `spincoach` command in the README's shell blocks runs as written and succeeds,
/// and a classify example gives the label its comment names.
@Suite struct ReadmeTests {
    struct Example {
        var command: String
        var comment: String
    }

    static let readme = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "README.md")

    /// The lines of ```sh blocks that run spincoach, split from their `#` comments.
    static func examples() throws -> [Example] {
        var examples: [Example] = []
        var inShell = false
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
                continue
            }
            guard inShell else { continue }
            let (command, comment) = splitComment(String(line))
            let words = command.split(separator: " ")
            if words.first == "spincoach" || command.contains("| spincoach ") {
                examples.append(Example(command: command, comment: comment))
            }
        }
        return examples
    }

    /// Splits at the first `#` that follows a space outside quotes.
    static func splitComment(_ line: String) -> (String, String) {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#", previous == " " {
                let command = line[..<index].trimmingCharacters(in: .whitespaces)
                return (command, line[line.index(after: index)...].trimmingCharacters(in: .whitespaces))
            }
            previous = character
        }
        return (line.trimmingCharacters(in: .whitespaces), "")
    }

    static let labels = [
        "situation", "problem", "implication", "need-payoff", "question", "rapport", "feature", "advantage",
        "benefit", "commitment", "statement",
    ]

    @Test func everyCommandInTheReadmeRunsAndDoesWhatItSays() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 12, "\(examples.map(\.command))")
        let binary = try SpinCoachBinary()
        // The review examples name a call and a folder of calls in the current folder.
        let fixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "SpinCoachKitTests/Fixtures/transcripts/meetings")
        let calls = binary.home.appending(path: "calls")
        try FileManager.default.createDirectory(at: calls, withIntermediateDirectories: true)
        for name in ["turnchunk_renewal-call.vtt", "tx_srt_simple.srt"] {
            try FileManager.default.copyItem(at: fixtures.appending(path: name), to: calls.appending(path: name))
        }
        try FileManager.default.copyItem(
            at: fixtures.appending(path: "turnchunk_renewal-call.vtt"), to: binary.home.appending(path: "call.vtt"))
        let path = SpinCoachBinary.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
        for example in examples {
            let needsTerminal =
                example.command.hasPrefix("spincoach practice") && !example.command.contains("--persona")
                && !example.command.contains("--random") && !example.command.contains("--plan")
            if needsTerminal {
                #expect(try pickABuyerInATerminal(example.command, home: binary.home, path: path) == 0)
                continue
            }
            let result = try binary.run(
                ["-c", example.command], input: "/quit\n", environment: ["PATH": path],
                executable: URL(filePath: "/bin/sh"))
            #expect(result.status == 0, "\(example.command)\n\(result.stderr)")
            if example.command.contains("classify"), let label = example.comment.split(separator: " ").first,
                Self.labels.contains(String(label.trimmingCharacters(in: .punctuationCharacters)))
            {
                let said = result.stdout.split(separator: " ").first.map(String.init)
                #expect(said == label.trimmingCharacters(in: .punctuationCharacters), "\(example.command)")
            }
        }
    }

    /// The pick list is only offered on a terminal: answer it with the first buyer, then leave.
    func pickABuyerInATerminal(_ command: String, home: URL, path: String) throws -> Int32? {
        guard TmuxSession.isAvailable else { return 0 }
        let session = try TmuxSession(
            command: ["/bin/sh", "-c", command],
            environment: ["HOME": home.path, "PATH": path, "TERM": "xterm", "XDG_DATA_HOME": home.path + "/data"])
        try session.waitFor(text: "buyer (1-")
        try session.enter("1")
        try session.waitFor(description: "the call to start") { $0.contains("you>") || $0.contains("你>") }
        try session.enter("/quit")
        return try session.waitForExit()
    }
}
