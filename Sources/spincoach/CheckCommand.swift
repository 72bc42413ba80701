import ArgumentParser
import Foundation
import SpinCoachKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check question scripts and personas for errors.",
        discussion: """
            With no PATH, checks all bundled and user content. A PATH may be a script \
            (.spin), persona (.yaml), cue list (.cues), gold set (.tsv), concept lexicon \
            (.lex), annotated call (.call), self-assessment (.assess) or glossary (.glossary), or a folder \
            searched for them; the files given are checked together, so two with the same \
            id clash. Each problem is printed as file:line:column: error: message, one per \
            line (wrapped on a terminal); the exit status is 1 if any was found.
            """
    )

    @OptionGroup var content: ContentOptions

    @Argument(help: "Files or folders to check.")
    var paths: [String] = []

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file or folder")
        }
    }

    func run() throws {
        // The problems are this command's report, so they go to stdout.
        Problems.stream = .standardOutput
        let library = content.loadLibrary(reportProblems: false)
        let fileCount: Int
        if paths.isEmpty {
            Problems.engine.emit(library.diagnostics + library.probeDiagnostics)
            var count = library.filesRead
            // The held-out gold set is only read by `eval`; check it here too.
            for language in ContentLanguage.allCases {
                do {
                    if try library.loadGold(language: language, part: "heldout") != nil { count += 1 }
                } catch {
                    Problems.engine.emit(error.diagnostics)
                    count += 1
                }
            }
            // So are the annotated calls `eval --calls` replays.
            for language in ContentLanguage.allCases {
                for part in ["dev", "heldout"] {
                    let loaded = library.loadAnnotatedCalls(language: language, part: part)
                    Problems.engine.emit(loaded.diagnostics)
                    count += loaded.calls.count
                }
            }
            // And the self-assessments `assess` asks.
            for language in ContentLanguage.allCases {
                do {
                    if try library.loadAssessment(language: language) != nil { count += 1 }
                } catch {
                    Problems.engine.emit(error.diagnostics)
                    count += 1
                }
            }
            fileCount = count
        } else {
            let files = paths.flatMap(Self.contentFiles)
            Problems.engine.emit(ContentLibrary.check(files: files, against: library))
            fileCount = files.count
        }
        let errors = Problems.engine.errorCount
        let found = errors == 0 ? "no problems found" : Count.of(errors, "error")
        Console.note("checked \(Count.of(fileCount, "file")): \(found)")
    }

    static func contentFiles(at path: String) -> [URL] {
        var isDirectory: ObjCBool = false
        let url = URL(filePath: path)
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [url]
        }
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let next = enumerator?.nextObject() as? URL {
            if ContentLibrary.contentExtensions.contains(next.pathExtension) { files.append(next) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
