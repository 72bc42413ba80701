import ArgumentParser
import Foundation
import SpinCoachKit

/// `--content DIR`, shared by every command that reads scripts and personas.
struct ContentOptions: ParsableArguments {
    @Option(
        name: .customLong("content"),
        help: ArgumentHelp("A content folder (with Scripts/ and Personas/) read before all others.", valueName: "dir"))
    var directory: String?

    var locator: ContentLocator {
        ContentLocator(
            explicitDirectory: directory,
            environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments.first.map(Self.absoluteExecutablePath))
    }

    func validate() throws {
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw ValidationError("--content: '\(directory)' is not a folder")
            }
        }
    }

    /// Loads the library, reporting broken files on stderr without stopping.
    func loadLibrary(_ parts: ContentLibrary.Parts = .all, reportProblems: Bool = true) -> ContentLibrary {
        let library = ContentLibrary(roots: locator.roots(), parts: parts)
        if reportProblems {
            for diagnostic in library.diagnostics {
                Console.error("\(diagnostic) (skipped)")
            }
        }
        return library
    }

    /// argv[0] may be relative or a bare name found on PATH.
    static func absoluteExecutablePath(_ argument: String) -> String {
        if argument.hasPrefix("/") { return argument }
        if argument.contains("/") {
            return FileManager.default.currentDirectoryPath + "/" + argument
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(argument)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return argument
    }
}
