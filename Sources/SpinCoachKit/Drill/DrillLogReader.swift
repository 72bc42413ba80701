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
        let folder = DrillRecorder.folder(in: dataDirectory)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw DrillLogError(file: folder.path, line: nil, problem: SessionLogReader.describe(error))
        }
        var records: [DrillRecord] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            records.append(try read(folder.appending(path: name)))
        }
        return records.sorted { ($0.header.started, $0.header.id) < ($1.header.started, $1.header.id) }
    }

    public static func read(_ url: URL) throws(DrillLogError) -> DrillRecord {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DrillLogError(file: url.path, line: nil, problem: SessionLogReader.describe(error))
        }
        return try parse(data, file: url.path)
    }

    /// A header first, rounds numbered 1, 2, 3 …, at most one end line and nothing after it.
    public static func parse(_ data: Data, file: String) throws(DrillLogError) -> DrillRecord {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        func failure(_ line: Int, _ problem: String) -> DrillLogError {
            DrillLogError(file: file, line: line, problem: problem)
        }
        guard !lines.isEmpty else { throw failure(1, "the file is empty; a drill log starts with a drill line") }
        var header: DrillHeader?
        var rounds: [DrillRound] = []
        var end: DrillEnd?
        let decoder = JSONDecoder()
        for (offset, bytes) in lines.enumerated() {
            let number = offset + 1
            let line = Data(bytes)
            if end != nil { throw failure(number, "nothing may follow the end line") }
            do {
                let type = try decoder.decode(TypeTag.self, from: line).type
                switch (DrillLineType(rawValue: type), header) {
                case (.drill, nil): header = try decoder.decode(DrillHeader.self, from: line)
                case (_, nil): throw failure(number, "the first line must be the drill line (\"type\":\"drill\")")
                case (.drill, _): throw failure(number, "a second drill line")
                case (.round, _):
                    let round = try decoder.decode(DrillRound.self, from: line)
                    guard round.index == rounds.count + 1 else {
                        throw failure(
                            number, "field 'index': \(round.index) given where \(rounds.count + 1) comes next")
                    }
                    rounds.append(round)
                case (.end, _): end = try decoder.decode(DrillEnd.self, from: line)
                case (nil, _):
                    let known = DrillLineType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw failure(number, "field 'type': '\(type)' is not one of \(known)")
                }
            } catch let error as DrillLogError {
                throw error
            } catch let error as DecodingError {
                throw failure(number, LineProblem(error).message)
            } catch {
                throw failure(number, "\(error)")
            }
        }
        return DrillRecord(header: header!, rounds: rounds, end: end, path: file)
    }

    private struct TypeTag: Decodable {
        var type: String
    }
}
