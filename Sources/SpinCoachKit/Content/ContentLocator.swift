import Foundation

/// Decides which folders content is read from, highest priority first:
/// `--content DIR`, `$SPINCOACH_CONTENT`, the user's own folder, then the bundled content.
public struct ContentLocator: Sendable {
    public var explicitDirectory: String?
    public var environment: [String: String]
    /// The running executable, used to find installed or in-tree bundled content.
    public var executablePath: String?

    public init(explicitDirectory: String?, environment: [String: String], executablePath: String?) {
        self.explicitDirectory = explicitDirectory
        self.environment = environment
        self.executablePath = executablePath
    }

    public var userDirectory: URL? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return URL(filePath: config).appending(path: "spincoach")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(filePath: home).appending(path: ".config/spincoach")
    }

    public func roots() -> [URL] {
        var roots: [URL] = []
        if let explicitDirectory { roots.append(URL(filePath: explicitDirectory)) }
        if let fromEnvironment = environment["SPINCOACH_CONTENT"], !fromEnvironment.isEmpty {
            roots.append(URL(filePath: fromEnvironment))
        }
        if let userDirectory { roots.append(userDirectory) }
        if let bundled = bundledDirectory() { roots.append(bundled) }
        return roots
    }

    /// `PREFIX/share/spincoach` beside an installed binary, else the source tree
    /// the binary was built in (found by walking up from it, then from this file).
    public func bundledDirectory() -> URL? {
        var candidates: [URL] = []
        if let executablePath {
            let binDirectory = URL(filePath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            candidates.append(binDirectory.deletingLastPathComponent().appending(path: "share/spincoach"))
            var directory = binDirectory
            for _ in 0..<6 {
                candidates.append(directory)
                directory = directory.deletingLastPathComponent()
            }
        }
        let sourceTree = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceTree)
        return candidates.first(where: Self.isContentRoot)
    }

    static func isContentRoot(_ url: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: url.appending(path: "Scripts/README.md").path)
            && manager.fileExists(atPath: url.appending(path: "Personas/README.md").path)
    }
}
