import Foundation
import Testing

/// Runs the built `spincoach` binary the way a user would, with piped input.
struct SpinCoachBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding test fixtures, beside this file's parent.
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures")

    static var executable: URL {
        let testBinary = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            testBinary.appending(path: "spincoach"),
            testBinary.deletingLastPathComponent().appending(path: "spincoach"),
            URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appending(path: ".build/debug/spincoach"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// A private home for each run, so a developer's own config and data never leak in;
    /// removed once the test and every copy of this binary are done with it.
    private let folder: TestFolder
    var home: URL { folder.url }

    init() throws {
        folder = TestFolder("spincoach-test")
        guard FileManager.default.fileExists(atPath: folder.url.path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.url.path])
        }
    }

    var configDirectory: URL { home.appending(path: "config/spincoach") }
    var dataDirectory: URL { home.appending(path: "data/spincoach") }

    @discardableResult
    func run(
        _ arguments: [String], input: String = "", environment extra: [String: String] = [:],
        executable: URL = SpinCoachBinary.executable
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = home
        var environment = [
            "HOME": home.path,
            "XDG_CONFIG_HOME": home.appending(path: "config").path,
            "XDG_DATA_HOME": home.appending(path: "data").path,
            "XDG_STATE_HOME": home.appending(path: "state").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "USER": "tester",
        ]
        environment.merge(extra) { $1 }
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Drain both pipes before waiting, or a full pipe deadlocks the child.
        let errorBox = DataBox()
        let errorHandle = stderr.fileHandleForReading
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = errorHandle.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorBox.data, as: UTF8.self))
    }

    func write(_ text: String, to relativePath: String, under root: URL? = nil) throws -> URL {
        let url = (root ?? home).appending(path: relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}

/// Written by one reader thread, read after it has finished.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
