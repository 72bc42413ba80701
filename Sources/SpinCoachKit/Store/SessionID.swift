import Foundation

/// Session ids name files, so they are restricted to characters that are safe
/// in a path and cannot climb out of the data folder.
public enum SessionID {
    static let rule = "a session id is 1 to 100 letters, digits, '-', '_' or '.', not starting with '.'"

    public static func isValid(_ id: String) -> Bool {
        guard (1...100).contains(id.count), !id.hasPrefix(".") else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar))
        }
    }

    /// `20250314-091502-3fa9c2d1`: sorts by start time, and the random part
    /// keeps two calls started in the same second apart.
    public static func make(started: Date, random: UInt32) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: .gmt, from: started)
        let date = String(
            format: "%04d%02d%02d-%02d%02d%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0,
            components.hour ?? 0, components.minute ?? 0, components.second ?? 0)
        return date + "-" + String(format: "%08x", random)
    }
}
