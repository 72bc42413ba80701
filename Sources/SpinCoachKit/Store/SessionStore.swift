import Foundation

/// Reads the sessions kept in a data folder.
public struct SessionStore: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Every session, newest first. The index is brought up to date with the files
    /// first (built if absent, rebuilt if damaged). Files that cannot be listed at all
    /// go to `onProblem`; a row whose file has a bad line carries it in `problem`.
    public func list(onProblem: (SessionStoreError) -> Void = { _ in }) throws -> [SessionInfo] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        do {
            return try listFromIndex(onProblem: onProblem)
        } catch SessionStoreError.indexCorrupt {
            try SessionIndex.removeFiles(in: directory)
            return try listFromIndex(onProblem: onProblem)
        }
    }

    private func listFromIndex(onProblem: (SessionStoreError) -> Void) throws -> [SessionInfo] {
        let index = try SessionIndex(directory: directory)
        for problem in try index.refresh() { onProblem(problem) }
        return try index.sessions()
    }

    /// The session as written, undone turns left out. A file with a bad line throws
    /// `malformedLine`, which carries the session as far as the good lines before it.
    public func load(id: String) throws -> SessionRecord {
        guard SessionID.isValid(id) else { throw SessionStoreError.invalidID(id) }
        let url = SessionFile.url(for: id, in: directory)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SessionStoreError.unknownSession(id: id, directory: directory.path)
        }
        return try SessionLogReader.read(url, expectedID: id)
    }
}
