import Foundation
import SpinCoachKit

#if canImport(Glibc)
    import Glibc
#endif

/// `spincoach review` over a generated corpus of 10,000 files and 1,000,000 utterances
/// (WebVTT, SRT, plain text and session logs in equal parts), in one run of the release
/// binary; beside it `wc -l` over the same files as a floor, and `spincoach classify`
/// over the same utterances.
enum ReviewBenchmark {
    static let files = 10_000
    static let utterancesPerFile = 100

    struct Measured {
        var seconds: Double
        var peakKilobytes: Int
        var status: Int32
    }

    /// Runs a command with stdin and stdout redirected. Its peak resident memory is the kernel's
    /// VmHWM for the process, sampled every 10 ms until it exits: wait4's ru_maxrss would count
    /// this benchmark's own memory, which a spawned child inherits until it execs.
    static func measure(_ arguments: [String], stdin: String? = nil, stdout: String = "/dev/null") -> Measured {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = ContinuousClock.now
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            return Measured(seconds: 0, peakKilobytes: 0, status: -1)
        }
        var status: Int32 = 0
        var peak = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peak = max(peak, highWaterMark(pid))
            usleep(10_000)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Measured(seconds: seconds, peakKilobytes: peak, status: (status >> 8) & 0xFF)
    }

    /// `VmHWM:  12345 kB` from /proc/PID/status, in kilobytes; 0 once the process is gone.
    static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func run(library: ContentLibrary, executable: URL) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "spincoach-review-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generation = ContinuousClock().measure {
            generate(in: folder, library: library)
        }
        let total = files * utterancesPerFile
        print(
            String(
                format: "review corpus: %d files, %d utterances generated in %.1f s", files, total,
                Double(generation.components.seconds)))
        let floor = measure(["/bin/sh", "-c", "find '\(folder.path)/calls' -type f -print0 | xargs -0 cat | wc -l"])
        // Best of two for the programs compared, since other work on the machine only ever slows a run.
        func best(_ arguments: [String], stdin: String? = nil) -> Measured {
            let runs = [measure(arguments, stdin: stdin), measure(arguments, stdin: stdin)]
            var fastest = runs.min { $0.seconds < $1.seconds }!
            fastest.peakKilobytes = runs.map(\.peakKilobytes).max()!
            return fastest
        }
        let classify = best(
            [executable.path, "classify", "--format", "tsv"], stdin: folder.appending(path: "utterances.txt").path)
        let review = best([executable.path, "review", folder.appending(path: "calls").path])
        let rate = { (measured: Measured) in measured.seconds > 0 ? Double(total) / measured.seconds : 0 }
        print(
            String(
                format: "  wc -l over the same files (find | xargs cat | wc -l), the floor: %.2f s, %.0f utterances/s",
                floor.seconds,
                rate(floor)))
        print(
            String(
                format: "  spincoach classify on the same %d utterances: %.2f s, %.0f utterances/s, peak RSS %.1f MB",
                total, classify.seconds, rate(classify), Double(classify.peakKilobytes) / 1024))
        print(
            String(
                format:
                    "  spincoach review of the %d files in one run: %.2f s, %.0f utterances/s, peak RSS %.1f MB "
                    + "(target under 100 MB), exit %d",
                files, review.seconds, rate(review), Double(review.peakKilobytes) / 1024, review.status))
        print(
            String(
                format:
                    "  review throughput is %.0f%% of classify's (target at least 80%%); review classifies the rep's turns, classify every line",
                rate(classify) > 0 ? rate(review) / rate(classify) * 100 : 0))
    }

    /// Rep lines from the gold sets, buyer lines from the personas, rotated so every file differs.
    static func generate(in folder: URL, library: ContentLibrary) {
        let calls = folder.appending(path: "calls")
        try? FileManager.default.createDirectory(at: calls, withIntermediateDirectories: true)
        var repLines: [String] = []
        for language in ContentLanguage.allCases {
            repLines += (try? library.loadGold(language: language, part: "dev"))??.items.map(\.text) ?? []
        }
        let buyerLines = library.personas.filter { $0.language == .english }.flatMap { persona in
            persona.facts.map(\.say) + persona.problems.flatMap { [$0.admit, $0.need] + $0.implications.map(\.say) }
        }
        let reps = (1...20).map { "Rep \($0)" }
        var all = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for file in 0..<files {
            let rep = reps[file % reps.count]
            let day = String(format: "2025-%02d-%02d", 1 + file / 900 % 12, 1 + file % 28)
            var lines: [(speaker: String, text: String)] = []
            for index in 0..<utterancesPerFile {
                let isRep = index.isMultiple(of: 2)
                let pool = isRep ? repLines : buyerLines
                lines.append((isRep ? rep : "Buyer \(file % 7)", pool[(file * 37 + index * 11) % pool.count]))
                all.append(contentsOf: (lines[index].text + "\n").utf8)
            }
            let name = String(format: "call-%@-%05d", day, file)
            let body: String
            switch file % 4 {
            case 0:
                body =
                    "WEBVTT\n\n"
                    + lines.enumerated().map { index, line in
                        "\(index + 1)\n\(vtt(index * 5)) --> \(vtt(index * 5 + 4))\n<v \(line.speaker)>\(line.text)</v>\n"
                    }.joined(separator: "\n")
                write(body, to: calls.appending(path: name + ".vtt"))
            case 1:
                body = lines.enumerated().map { index, line in
                    "\(index + 1)\n\(srt(index * 5)) --> \(srt(index * 5 + 4))\n\(line.speaker): \(line.text)\n"
                }.joined(separator: "\n")
                write(body, to: calls.appending(path: name + ".srt"))
            case 2:
                body = lines.map { "\($0.speaker): \($0.text)\n" }.joined()
                write(body, to: calls.appending(path: name + ".txt"))
            default:
                write(
                    session(name: name, day: day, rep: rep, lines: lines, encoder: encoder),
                    to: calls.appending(path: name + ".jsonl"))
            }
        }
        try? all.write(to: folder.appending(path: "utterances.txt"))
    }

    static func session(
        name: String, day: String, rep: String, lines: [(speaker: String, text: String)], encoder: JSONEncoder
    ) -> String {
        let started = SessionTimestamp.date(from: day + "T09:00:00Z") ?? Date()
        let header = SessionHeader(
            id: name, started: started, persona: "bench-buyer", script: "plant-downtime", contentVersion: "bench",
            seed: 1, language: .english, rep: rep, coach: .end)
        var records = [(try? encoder.encode(header)) ?? Data()]
        for (index, line) in lines.enumerated() {
            let turn = SessionTurn(
                index: index, speaker: line.speaker == rep ? .rep : .buyer, text: line.text, stage: "investigating",
                time: started.addingTimeInterval(Double(index * 5)))
            records.append((try? encoder.encode(turn)) ?? Data())
        }
        return records.map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
    }

    static func vtt(_ seconds: Int) -> String {
        String(format: "%02d:%02d:%02d.000", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    static func srt(_ seconds: Int) -> String {
        String(format: "%02d:%02d:%02d,000", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    static func write(_ text: String, to url: URL) {
        try? Data(text.utf8).write(to: url)
    }
}
