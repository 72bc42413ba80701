import ArgumentParser
import Foundation
import SpinCoachKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check question scripts and personas for errors.",
        discussion: """
            With no PATH, checks all bundled and user content. A PATH may be a script \
            (.spin), persona (.yaml), cue list (.cues) or gold set (.tsv), or a folder \
            searched for them. Each problem is printed as \
            file:line:column: error: message; the exit status is 1 if any was found.
            """
    )

    @OptionGroup var content: ContentOptions

    @Argument(help: "Files or folders to check.")
    var paths: [String] = []

    func run() throws {
        let library = content.loadLibrary(reportProblems: false)
        let diagnostics: [Diagnostic]
        let fileCount: Int
        if paths.isEmpty {
            var found = library.diagnostics
            var count = library.filesRead
            // The held-out gold set is only read by `eval`; check it here too.
            for language in ContentLanguage.allCases {
                do {
                    if try library.loadGold(language: language, part: "heldout") != nil { count += 1 }
                } catch {
                    found += error.diagnostics
                    count += 1
                }
            }
            diagnostics = found
            fileCount = count
        } else {
            let files = try paths.flatMap(Self.contentFiles)
            diagnostics = ContentLibrary.check(files: files, against: library)
            fileCount = files.count
        }
        for diagnostic in diagnostics {
            var shown = diagnostic
            shown.file = Self.displayPath(diagnostic.file)
            Console.out(terminalSafe(shown.description))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let noun = fileCount == 1 ? "file" : "files"
        if errors == 0 {
            Console.error("checked \(fileCount) \(noun): no problems found")
        } else {
            Console.error("checked \(fileCount) \(noun): \(errors) error\(errors == 1 ? "" : "s")")
            throw ExitCode(1)
        }
    }

    /// Paths under the current folder are shown relative to it, as the user typed them.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    static func contentFiles(at path: String) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(path): no such file or folder")
        }
        let url = URL(filePath: path)
        guard isDirectory.boolValue else { return [url] }
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let next = enumerator?.nextObject() as? URL {
            if ContentLibrary.contentExtensions.contains(next.pathExtension) { files.append(next) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
