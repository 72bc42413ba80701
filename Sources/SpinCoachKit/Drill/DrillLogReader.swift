import Foundation

/// A drill log that cannot be trusted, named by file and line so it can be fixed by hand.
/// Reading never changes a file: what was answered stays where it is.
public struct DrillLogError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the file could not be read at all.
    public var line: Int?
    public var problem: String

    public var description: String { "\(file)" + (line.map { ":\($0)" } ?? "") + ": \(problem)" }
}

/// Reads every drill log in a data folder.
public enum DrillLogReader {
    /// Every drill in `<data>/drills/`, oldest first; none when the folder does not exist.
    /// Throws the first bad file's first bad line.
    public static func readAll(dataDirectory: URL) throws(DrillLogError) -> [DrillRecord] {
        var records: [DrillRecord] = []
        for url in try files(in: dataDirectory) { records.append(try read(url)) }
        return oldestFirst(records)
    }

    /// Every drill that reads cleanly, oldest first; each damaged log goes to `onProblem`
    /// and is left out (and as it is). Throws only when the folder cannot be listed.
    public static func readAll(
        dataDirectory: URL, onProblem: (DrillLogError) -> Void
    ) throws(DrillLogError) -> [DrillRecord] {
        var records: [DrillRecord] = []
        for url in try files(in: dataDirectory) {
            do {
                records.append(try read(url))
            } catch {
                onProblem(error)
            }
        }
        return oldestFirst(records)
    }

    private static func files(in dataDirectory: URL) throws(DrillLogError) -> [URL] {
        let folder = DrillRecorder.folder(in: dataDirectory)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw DrillLogError(file: folder.path, line: nil, problem: JSONLogFile.describe(error))
        }
        return names.sorted().filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { folder.appending(path: $0) }
    }

    private static func oldestFirst(_ records: [DrillRecord]) -> [DrillRecord] {
        records.sorted { ($0.header.started, $0.header.id) < ($1.header.started, $1.header.id) }
    }

    public static func read(_ url: URL) throws(DrillLogError) -> DrillRecord {
        let data: Data
        do {
            data = try JSONLogFile.data(of: url)
        } catch {
            throw DrillLogError(file: url.path, line: nil, problem: error.message)
        }
        return try parse(data, file: url.path)
    }

    /// A header first, rounds numbered 1, 2, 3 …, at most one end line and nothing after it.
    public static func parse(_ data: Data, file: String) throws(DrillLogError) -> DrillRecord {
        let lines = JSONLogFile.lines(of: data)
        func failure(_ line: Int, _ problem: String) -> DrillLogError {
            DrillLogError(file: file, line: line, problem: problem)
        }
        guard !lines.isEmpty else { throw failure(1, "the file is empty; a drill log starts with a drill line") }
        var header: DrillHeader?
        var rounds: [DrillRound] = []
        var end: DrillEnd?
        for (offset, data) in lines.enumerated() {
            let number = offset + 1
            if end != nil { throw failure(number, "nothing may follow the end line") }
            do throws(LineProblem) {
                let line: JSONLogFile.Line<DrillLineType> = try JSONLogFile.line(data)
                switch (line.kind, header) {
                case (.drill, nil): header = try line.record(DrillHeader.self)
                case (_, nil): throw LineProblem("the first line must be the drill line (\"type\":\"drill\")")
                case (.drill, _): throw LineProblem("a second drill line")
                case (.round, _):
                    let round = try line.record(DrillRound.self)
                    guard round.index == rounds.count + 1 else {
                        throw LineProblem("field 'index': \(round.index) given where \(rounds.count + 1) comes next")
                    }
                    rounds.append(round)
                case (.end, _): end = try line.record(DrillEnd.self)
                case (nil, _): throw line.unknownType
                }
            } catch {
                throw failure(number, error.message)
            }
        }
        return DrillRecord(header: header!, rounds: rounds, end: end, path: file)
    }
}
