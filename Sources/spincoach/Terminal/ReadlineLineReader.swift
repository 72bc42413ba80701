@preconcurrency import CReadline
@preconcurrency import Foundation

// Readline is one per process and calls back through plain C function pointers,
// which cannot capture anything; what they share with the reader lives here.
private nonisolated(unsafe) var receivedInput: LineInput?
private nonisolated(unsafe) var slashCommands: [String] = []
private nonisolated(unsafe) var nextCandidate = 0
private nonisolated(unsafe) var signalPipeWriteEnd: Int32 = -1
private nonisolated(unsafe) var readerIsOpen = false

/// Line editing, history and Tab completion for a person typing at a real terminal.
///
/// Uses readline's callback interface and polls stdin itself, because blocking
/// `readline()` cannot abandon a half-typed line cleanly on Ctrl-C. Between calls
/// to `read` the terminal is in its normal state and the default signal actions apply.
final class ReadlineLineReader: LineReader {
    static let historyLimit = 500
    /// Signals handled while waiting for a key; their handler only writes the number to a pipe.
    private static let watchedSignals = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH]

    private let historyPath: String?
    private var lastHistoryEntry: String?
    private let signalPipeReadEnd: Int32
    private var previousHandlers: [Int32: sighandler_t?] = [:]
    private var isClosed = false

    init(historyFile: URL?, completions: [String]) {
        precondition(!readerIsOpen, "readline supports one reader at a time")
        readerIsOpen = true
        Self.useUTF8Locale()
        slashCommands = completions
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        signalPipeReadEnd = ends[0]
        signalPipeWriteEnd = ends[1]

        rl_readline_name = UnsafePointer(strdup("spincoach"))
        // Readline must not install handlers of its own; this reader decides what signals do.
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_attempted_completion_function = completeSlashCommand
        using_history()
        stifle_history(Int32(Self.historyLimit))
        historyPath = historyFile.flatMap(Self.prepareHistory)
        if history_length > 0 {
            lastHistoryEntry = history_get(history_base + history_length - 1).map { String(cString: $0.pointee.line) }
        }
    }

    deinit { close() }

    func read(prompt: StyledText, remember: Bool) -> LineInput {
        precondition(!isClosed, "read after close")
        receivedInput = nil
        _ = takePendingSignals()
        installSignalHandlers()
        defer { restoreSignalHandlers() }
        rl_callback_handler_install(Self.readlinePrompt(prompt.rendered), receiveLine)
        while true {
            var watched = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalPipeReadEnd, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&watched, 2, -1) < 0 {
                if errno == EINTR { continue }  // the pipe tells which signal on the next pass
                abandonLine()
                return .endOfInput
            }
            for signal in takePendingSignals() {
                switch signal {
                case SIGINT:
                    // Leave the abandoned text on screen, marked, as a shell does.
                    rl_point = rl_end
                    rl_redisplay()
                    Self.show("^C")
                    abandonLine()
                    Self.show("\n")
                    return .interrupted
                case SIGTERM, SIGHUP:
                    abandonLine()
                    Self.show("\n")
                    return .endOfInput
                case SIGTSTP:
                    suspend()
                default:
                    rl_resize_terminal()
                }
            }
            let stdinEvents = watched[0].revents
            if stdinEvents & Int16(POLLNVAL) != 0 {
                abandonLine()
                return .endOfInput
            }
            if stdinEvents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
                if let input = receivedInput {
                    if input == .endOfInput { Self.show("\n") }
                    if remember, case .line(let text) = input { addToHistory(text) }
                    return input
                }
            }
        }
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        rl_callback_handler_remove()
        Foundation.close(signalPipeReadEnd)
        Foundation.close(signalPipeWriteEnd)
        signalPipeWriteEnd = -1
        readerIsOpen = false
    }

    // MARK: Signals

    private func installSignalHandlers() {
        for number in Self.watchedSignals {
            previousHandlers[number] = signal(number) { received in
                var byte = UInt8(truncatingIfNeeded: received)
                _ = Foundation.write(signalPipeWriteEnd, &byte, 1)
            }
        }
    }

    private func restoreSignalHandlers() {
        for (number, handler) in previousHandlers {
            _ = signal(number, handler)
        }
        previousHandlers = [:]
    }

    /// Signal numbers received since the last call, in order, without repeats.
    private func takePendingSignals() -> [Int32] {
        var signals: [Int32] = []
        var byte: UInt8 = 0
        while Foundation.read(signalPipeReadEnd, &byte, 1) == 1 {
            if !signals.contains(Int32(byte)) { signals.append(Int32(byte)) }
        }
        return signals
    }

    /// Throws away the half-typed line and hands the terminal back in its normal state.
    private func abandonLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_cleanup_after_signal()
        rl_callback_handler_remove()
    }

    /// Ctrl-Z: restore the terminal, stop, and redraw the line when the shell resumes us.
    private func suspend() {
        rl_cleanup_after_signal()
        Self.show("\n")
        let ours = signal(SIGTSTP, SIG_DFL)
        // To the process, not raise()'s calling thread: Swift's async code runs on
        // dispatch threads that block stop signals.
        kill(getpid(), SIGTSTP)
        _ = signal(SIGTSTP, ours)
        rl_reset_after_signal()
        rl_forced_update_display()
    }

    // MARK: History

    /// Creates the history file (0600, in a 0700 folder), loads it and trims it.
    /// Returns nil, and keeps no history, when the file cannot be written.
    private static func prepareHistory(at url: URL) -> String? {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = url.path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            Console.error("spincoach: cannot keep history in \(path)")
            return nil
        }
        Foundation.close(descriptor)
        _ = read_history(path)
        _ = history_truncate_file(path, Int32(historyLimit))
        return path
    }

    /// Adds an entered line to history (not blank ones, nor a repeat of the last) and
    /// saves it at once, so a crash or a closed window loses nothing.
    private func addToHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastHistoryEntry else { return }
        add_history(line)
        lastHistoryEntry = line
        if let historyPath { _ = append_history(1, historyPath) }
    }

    // MARK: Terminal

    /// Readline needs "\u{1}" and "\u{2}" around escape sequences to measure the prompt.
    static func readlinePrompt(_ prompt: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" && !inEscape {
                inEscape = true
                result.unicodeScalars.append("\u{1}")
            }
            result.unicodeScalars.append(scalar)
            if inEscape && scalar != "\u{1B}" && scalar != "[" && (0x40...0x7E).contains(scalar.value) {
                inEscape = false
                result.unicodeScalars.append("\u{2}")
            }
        }
        if inEscape { result.unicodeScalars.append("\u{2}") }
        return result
    }

    /// Without a UTF-8 character type readline reads Chinese as meta keys and drops it.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        guard String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" else { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            // Readline sets LC_CTYPE again from LC_ALL, LC_CTYPE or LANG when it starts,
            // so LANG=C would undo the choice unless the variables agree with it.
            setenv("LC_CTYPE", name, 1)
            if getenv("LC_ALL") != nil { setenv("LC_ALL", name, 1) }
            return
        }
    }

    private static func show(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

// MARK: Readline callbacks

private func receiveLine(_ line: UnsafeMutablePointer<CChar>?) {
    // Removing the handler here stops readline from printing the prompt again.
    rl_callback_handler_remove()
    guard let line else {
        receivedInput = .endOfInput
        return
    }
    receivedInput = .line(String(cString: line))
    free(line)
}

/// Completes slash commands in the first word of a line; nothing else, not even file names.
private func completeSlashCommand(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    rl_completion_append_character = 0
    let isFirstWord = (0..<Int(start)).allSatisfy { rl_line_buffer[$0] == CChar(UInt8(ascii: " ")) }
    guard let text, text.pointee == CChar(UInt8(ascii: "/")), isFirstWord else { return nil }
    return rl_completion_matches(text, nextSlashCommand)
}

private func nextSlashCommand(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { nextCandidate = 0 }
    let typed = text.map { String(cString: $0) } ?? ""
    while nextCandidate < slashCommands.count {
        let candidate = slashCommands[nextCandidate]
        nextCandidate += 1
        // readline frees each match it is handed.
        if candidate.hasPrefix(typed) { return strdup(candidate) }
    }
    return nil
}
