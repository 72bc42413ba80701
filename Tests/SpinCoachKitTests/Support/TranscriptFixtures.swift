import Foundation

/// Third-party transcripts copied into the repository (see Fixtures/transcripts/SOURCES.md),
/// so the tests never reach outside a clean clone.
enum TranscriptFixtures {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/transcripts")

    static func webVTT(_ name: String) -> URL { root.appending(path: "wpt-webvtt/\(name)") }

    static func meeting(_ name: String) -> URL { root.appending(path: "meetings/\(name)") }

    static func ours(_ name: String) -> URL { root.appending(path: "ours/\(name)") }
}
