import Foundation

/// Where sessions are kept: `--data-dir`, else `$SPINCOACH_DATA`, else
/// `$XDG_DATA_HOME/spincoach`, else `$HOME/.local/share/spincoach`.
public enum DataDirectory {
    /// Empty values count as unset. A relative `$XDG_DATA_HOME` is ignored, as the XDG spec asks.
    public static func resolve(option: String?, environment: [String: String]) throws -> URL {
        if let option, !option.isEmpty { return URL(filePath: option, directoryHint: .isDirectory) }
        if let data = environment["SPINCOACH_DATA"], !data.isEmpty {
            return URL(filePath: data, directoryHint: .isDirectory)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(filePath: xdg, directoryHint: .isDirectory).appending(path: "spincoach")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(filePath: home, directoryHint: .isDirectory).appending(path: ".local/share/spincoach")
        }
        throw SessionStoreError.noDataDirectory
    }
}
