import Foundation

/// What `review FILE|DIR|SESSION-ID...` names, expanded lazily: folders are walked
/// one at a time in name order, so only one folder's names are held at once.
public struct ReviewInputs: Sequence, Sendable {
    public enum Item: Equatable, Sendable {
        case file(URL)
        case problem(TranscriptProblem)
    }

    /// Extensions picked up inside folders; a file named on its own is read whatever its name.
    public static let extensions: Set<String> = ["vtt", "webvtt", "srt", "txt", "text", "md", "json", "jsonl"]

    public var arguments: [String]
    /// Where session ids are looked up.
    public var dataDirectory: URL?

    public init(arguments: [String], dataDirectory: URL?) {
        self.arguments = arguments
        self.dataDirectory = dataDirectory
    }

    /// Several inputs, or any folder, make a summary; one file or session is reviewed in full.
    public var isSummary: Bool {
        arguments.count > 1 || arguments.contains { Self.isDirectory(URL(filePath: $0)) }
    }

    /// Walks the inputs once without reading any file, for a progress bar's total.
    public var fileCount: Int { reduce(0) { count, _ in count + 1 } }

    static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }

    public func makeIterator() -> Iterator {
        Iterator(arguments: arguments[...], dataDirectory: dataDirectory)
    }

    public struct Iterator: IteratorProtocol {
        var arguments: ArraySlice<String>
        let dataDirectory: URL?
        /// Folders being walked: each one's remaining entries, already sorted.
        var stack: [[URL]] = []

        public mutating func next() -> Item? {
            while true {
                if !stack.isEmpty {
                    guard let url = stack[stack.count - 1].popLast() else {
                        stack.removeLast()
                        continue
                    }
                    let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                    if values?.isDirectory == true, values?.isSymbolicLink != true {
                        push(url)
                    } else if ReviewInputs.extensions.contains(url.pathExtension.lowercased()) {
                        return .file(url)
                    }
                    continue
                }
                guard let argument = arguments.popFirst() else { return nil }
                let url = URL(filePath: argument)
                if ReviewInputs.isDirectory(url) {
                    push(url)
                } else if FileManager.default.fileExists(atPath: url.path) {
                    return .file(url)
                } else if SessionID.isValid(argument), let dataDirectory,
                    FileManager.default.fileExists(atPath: SessionFileList.url(for: argument, in: dataDirectory).path)
                {
                    return .file(SessionFileList.url(for: argument, in: dataDirectory))
                } else {
                    return .problem(TranscriptProblem(file: argument, message: "no such file, folder or session id"))
                }
            }
        }

        /// Entries in reverse name order, so `popLast` yields them in order; hidden ones are skipped.
        private mutating func push(_ directory: URL) {
            let entries =
                (try? FileManager.default.contentsOfDirectory(
                    at: directory, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
                    options: [.skipsHiddenFiles])) ?? []
            stack.append(entries.sorted { $0.lastPathComponent > $1.lastPathComponent })
        }
    }
}
