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
    public func list(onProblem: (SessionStoreError) -> Void = { _ in }) throws -> [SessionListing] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        do {
            return try listFromIndex(onProblem: onProblem)
        } catch SessionStoreError.indexCorrupt {
            try SessionIndex.removeFiles(in: directory)
            return try listFromIndex(onProblem: onProblem)
        }
    }

    private func listFromIndex(onProblem: (SessionStoreError) -> Void) throws -> [SessionListing] {
        let index = try SessionIndex(directory: directory)
        for problem in try index.refresh() { onProblem(problem) }
        return try index.sessions()
    }

    /// The id a reference names: `latest` (the session started last), an exact id, or
    /// the start of exactly one id.
    public func resolve(_ reference: String) throws -> String {
        if reference == "latest" {
            guard let newest = try list().first else { throw SessionStoreError.noSessions(directory: directory.path) }
            return newest.id
        }
        guard SessionID.isValid(reference) else { throw SessionStoreError.invalidID(reference) }
        if FileManager.default.fileExists(atPath: SessionFileList.url(for: reference, in: directory).path) {
            return reference
        }
        let matches = try list().map(\.id).filter { $0.hasPrefix(reference) }.sorted()
        switch matches.count {
        case 0: throw SessionStoreError.unknownSession(id: reference, directory: directory.path)
        case 1: return matches[0]
        default: throw SessionStoreError.ambiguousID(prefix: reference, matches: matches)
        }
    }

    /// The session as written, undone turns kept apart in `undone`. A file with a bad line throws
    /// `malformedLine`, which carries the session as far as the good lines before it.
    public func load(id: String) throws -> LoadedSession {
        guard SessionID.isValid(id) else { throw SessionStoreError.invalidID(id) }
        let url = SessionFileList.url(for: id, in: directory)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SessionStoreError.unknownSession(id: id, directory: directory.path)
        }
        return try SessionLogReader.read(url, expectedID: id)
    }
}
