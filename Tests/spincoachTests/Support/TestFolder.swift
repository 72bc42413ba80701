import Foundation

/// A private scratch folder for one test, removed when the test lets go of it.
final class TestFolder: Sendable {
    let url: URL

    /// Created at once (with `prefix` in its name, to tell the suites apart in a listing).
    init(_ prefix: String) {
        url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
