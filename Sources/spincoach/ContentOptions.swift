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

    /// Loads the library; each broken file is reported as a warning and skipped.
    func loadLibrary(_ parts: ContentLibrary.Parts = .all, reportProblems: Bool = true) -> ContentLibrary {
        let library = ContentLibrary(roots: locator.roots(), parts: parts)
        if reportProblems { Self.report(library) }
        return library
    }

    /// Loads what a practice call needs (`ContentLibrary.forPractice`); each broken file
    /// read is reported as a warning and skipped.
    func loadPracticeLibrary(persona: String?, script: String?, language: ContentLanguage?) -> ContentLibrary {
        let library = ContentLibrary.forPractice(
            roots: locator.roots(), persona: persona, script: script, language: language)
        Self.report(library)
        return library
    }

    private static func report(_ library: ContentLibrary) {
        Problems.engine.emit(library.diagnostics.map { $0.warning("skipped") })
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

extension ContentLibrary {
    /// The persona with this id, or a failure that lists what exists and the nearest id.
    func requirePersona(_ id: String) throws -> Persona {
        guard let found = persona(id: id) else {
            throw Problems.unknown("persona", id: id, known: personas.map(\.id))
        }
        return found
    }

    /// The script with this id, or a failure that lists what exists and the nearest id.
    func requireScript(_ id: String) throws -> Script {
        guard let found = script(id: id) else {
            throw Problems.unknown("script", id: id, known: scripts.map(\.id))
        }
        return found
    }
}
