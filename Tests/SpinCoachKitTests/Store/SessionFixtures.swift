import Foundation
import Testing

@testable import SpinCoachKit

/// A private folder per test, removed when the test lets go of it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "spincoach-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Where sessions go: a folder that does not exist yet, so the recorder creates it.
    var data: URL { url.appending(path: "data") }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Sample sessions with whole-second times, which survive the millisecond format exactly.
enum SessionFixtures {
    static let start = Date(timeIntervalSince1970: 1_741_942_500)

    static func time(_ seconds: Int) -> Date {
        start.addingTimeInterval(TimeInterval(seconds))
    }

    static func header(id: String = "s1", started: Date = start, language: ContentLanguage = .english) -> SessionHeader
    {
        SessionHeader(
            id: id, started: started, persona: "maria-keller", script: "plant-downtime", contentVersion: "2025.03",
            seed: 18_446_744_073_709_551_615, language: language, rep: "Sam", coach: .live)
    }

    static func turn(_ index: Int, _ speaker: Speaker = .rep, _ text: String? = nil) -> SessionTurn {
        SessionTurn(
            index: index, speaker: speaker, text: text ?? "line \(index)", label: speaker == .rep ? "situation" : nil,
            confidence: speaker == .rep ? 0.875 : nil, stage: "investigating", time: time(10 * (index + 1)))
    }

    static let summary = SessionSummary(
        ended: time(600), outcome: .advance, score: 82,
        scorecard: ["questions": ["situation": 3, "problem": 2], "talkRatio": 0.42, "notes": ["ok", nil, true]])

    /// Records a session with `turnCount` alternating rep and buyer turns.
    @discardableResult
    static func record(
        in directory: URL, id: String = "s1", started: Date = start, turnCount: Int = 2, finish: Bool = true
    ) throws -> SessionRecorder {
        let recorder = try SessionRecorder(directory: directory, header: header(id: id, started: started))
        for index in 0..<turnCount {
            try recorder.append(turn(index, index.isMultiple(of: 2) ? .rep : .buyer))
        }
        if finish { try recorder.finish(summary) }
        return recorder
    }

    static func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @discardableResult
    static func write(_ lines: [String], id: String, in directory: URL) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appending(path: "\(id).jsonl")
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
        return url
    }

    static func lines(of url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
