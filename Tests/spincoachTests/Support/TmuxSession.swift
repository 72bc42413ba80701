import Foundation

/// A real terminal for end-to-end tests: a program in a detached tmux session on a
/// private server, typed at with `send-keys` and read back with `capture-pane`.
final class TmuxSession {
    enum Failure: Error, CustomStringConvertible {
        case tmuxFailed(arguments: [String], status: Int32, stderr: String)
        case timedOut(waitingFor: String, screen: String)

        var description: String {
            switch self {
            case .tmuxFailed(let arguments, let status, let stderr):
                "tmux \(arguments.joined(separator: " ")) exited \(status): \(stderr)"
            case .timedOut(let waitingFor, let screen):
                "timed out waiting for \(waitingFor); the screen shows:\n\(screen)"
            }
        }
    }

    /// Whether tmux can be run here; suites use it with `.enabled(if:)`.
    static let isAvailable: Bool = executable != nil

    private static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private static let sessionName = "test"
    /// Holds the server's socket (each session runs its own tmux server, so tests never
    /// touch a developer's sessions), its config, the program's exit status and tmux's output.
    private let folder: URL
    private var socket: String { folder.appending(path: "socket").path }
    private var statusFile: URL { folder.appending(path: "status") }
    private var isKilled = false

    /// Starts `command` in a `columns` x `rows` terminal with exactly `environment`
    /// (plus TERM=screen and LANG=C.UTF-8 unless given).
    init(
        command: [String], environment: [String: String] = [:], columns: Int = 100, rows: Int = 30
    ) throws {
        // Short: a socket's path must fit in 108 bytes.
        folder = URL(filePath: "/tmp").appending(path: "spincoach-tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The pane stays after the program exits so its last words can be read, without
        // tmux's "Pane is dead" line (which scrolls the screen); no status line, so the
        // program has every row.
        let settings = "set -g remain-on-exit on\nset -g remain-on-exit-format ''\nset -g status off\n"
        let config = folder.appending(path: "tmux.conf")
        try Data(settings.utf8).write(to: config)
        var exact = ["TERM": "screen", "LANG": "C.UTF-8"]
        exact.merge(environment) { $1 }
        let assignments = exact.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // A small shell records the exit status: tmux's own #{pane_dead_status} is lost
        // when the program's exit races tmux's utmp helper. Its trap is a handler, not
        // an ignore, so the program still starts with Ctrl-C at its default action.
        let recorder = #"f=$1; shift; trap : INT QUIT; "$@"; s=$?; echo $s > "$f.part"; mv "$f.part" "$f"; exit $s"#
        try tmux(
            ["-f", config.path, "new-session", "-d", "-s", Self.sessionName, "-x", "\(columns)", "-y", "\(rows)"]
                + ["--", "/usr/bin/env", "-i"] + assignments
                + ["/bin/sh", "-c", recorder, "sh", statusFile.path] + command)
    }

    deinit { kill() }

    /// Types text exactly as given, including Chinese; nothing in it is read as a key name.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", Self.sessionName, "-l", "--", text])
    }

    /// Types a line and presses Enter, as someone answering a prompt does.
    func enter(_ line: String) throws {
        try type(line)
        try press("Enter")
    }

    /// Each line entered in turn, each time waiting for what the program should answer; the last screen.
    @discardableResult
    func converse(_ turns: KeyValuePairs<String, String>) throws -> String {
        var screen = ""
        for (line, answer) in turns {
            try enter(line)
            screen = try waitFor(text: answer)
        }
        return screen
    }

    /// Presses keys by tmux name: "Enter", "Tab", "C-c", "C-d", "Up", "BSpace".
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.sessionName] + keys)
    }

    /// The visible screen, one line per row, without the blank rows below the last text.
    /// tmux drops spaces at the end of each row, so wait for "you>" rather than "you> ".
    func capture() throws -> String {
        var rows = try tmux(["capture-pane", "-p", "-t", Self.sessionName]).split(
            separator: "\n", omittingEmptySubsequences: false)
        while let last = rows.last, last.allSatisfy(\.isWhitespace) { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    /// Everything the program printed that is still in the pane, scrolled off or not,
    /// one line per row, without the blank rows below the last text.
    func captureAll() throws -> String {
        var rows = try tmux(["capture-pane", "-p", "-S", "-", "-t", Self.sessionName]).split(
            separator: "\n", omittingEmptySubsequences: false)
        while let last = rows.last, last.allSatisfy(\.isWhitespace) { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    /// The screen with its colour and style escape sequences, to check what was coloured.
    func captureWithEscapes() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", Self.sessionName])
    }

    /// Polls the screen until it contains `text`; throws with the last screen if it never does.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor(description: "'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `isDone` holds for it.
    @discardableResult
    func waitFor(
        description: String = "the screen to change", timeout: Duration = .seconds(10),
        until isDone: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = try capture()
        while !isDone(screen) {
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waitingFor: description, screen: screen)
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }

    /// The program's exit status once it has ended (128 + the signal's number if one
    /// killed it); nil while it runs.
    func exitStatus() -> Int32? {
        guard let data = FileManager.default.contents(atPath: statusFile.path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timedOut(waitingFor: "the program to exit", screen: try capture())
    }

    /// The program's process id, for sending it signals; nil once it has ended.
    func programID() throws -> pid_t? {
        let recorder = try tmux(["display-message", "-p", "-t", Self.sessionName, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try? String(contentsOfFile: "/proc/\(recorder)/task/\(recorder)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Resizes the terminal, as a user dragging the window's edge would.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", Self.sessionName, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Not through Foundation's Process: its children inherit the test thread's blocked
    /// signals (so Ctrl-C would never reach the program in the pane) and a socket that
    /// tmux's daemonised server keeps open, which makes `waitUntilExit` hang.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputFile = folder.appending(path: "tmux.out").path
        let errorFile = folder.appending(path: "tmux.err").path
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TMUX"] = nil  // allowed even when the tests themselves run inside tmux
        // -u: the pane is UTF-8 whatever this process's locale says.
        let status = try spawnAndWait(
            [Self.executable ?? "/usr/bin/tmux", "-u", "-S", socket] + arguments,
            environment: environment.map { "\($0.key)=\($0.value)" },
            outputFile: outputFile, errorFile: errorFile)
        let output = FileManager.default.contents(atPath: outputFile) ?? Data()
        guard status == 0 else {
            let errors = FileManager.default.contents(atPath: errorFile) ?? Data()
            throw Failure.tmuxFailed(
                arguments: arguments, status: status, stderr: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// posix_spawn with every signal unblocked and at its default action, no file descriptors
/// but stdin (/dev/null), stdout and stderr (the given files); returns the exit status.
private func spawnAndWait(
    _ arguments: [String], environment: [String], outputFile: String, errorFile: String
) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    closeInheritedDescriptors(&actions)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
        sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
    }
    // The exit code of a normal exit; 128 plus the signal's number for a killed one.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

/// Keeps the test process's other descriptors (other tests' pipes above all) out of
/// the long-lived tmux server, where they would hold those pipes open.
private func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    // glibc 2.34 has it, but Swift's Glibc module does not declare it.
    if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        return
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
        posix_spawn_file_actions_addclose(&actions, descriptor)
    }
}
