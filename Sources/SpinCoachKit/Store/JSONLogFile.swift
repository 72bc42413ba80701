import Foundation

/// The form session files and drill logs share: JSON Lines, one object a line, each
/// with a `type` field saying what it holds. Reading checks each line's shape; what
/// order the lines must come in is each log's own rule.
enum JSONLogFile {
    /// The file's bytes, or the OS's own words for why they cannot be read.
    static func data(of url: URL) throws(LineProblem) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LineProblem(describe(error))
        }
    }

    /// The lines of a file; the newline that ends the last one does not start another.
    static func lines(of data: Data) -> [Data] {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { Data($0) }
    }

    /// A line whose `type` has been read; nil `kind` when the type is none of `Kind`'s.
    static func line<Kind: RawRepresentable & CaseIterable>(_ data: Data) throws(LineProblem) -> Line<Kind>
    where Kind.RawValue == String {
        let type = try decoding { try JSONDecoder().decode(TypeTag.self, from: data).type }
        return Line(type: type, kind: Kind(rawValue: type), data: data)
    }

    struct Line<Kind: RawRepresentable & CaseIterable> where Kind.RawValue == String {
        /// The `type` field as written.
        var type: String
        var kind: Kind?
        var data: Data

        /// What a line of an unknown type is told: the types there are.
        var unknownType: LineProblem {
            LineProblem(
                "field 'type': '\(type)' is not one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }

        /// The record the line holds, or in plain words what is wrong with it.
        func record<Record: Decodable>(_ type: Record.Type) throws(LineProblem) -> Record {
            try decoding { try JSONDecoder().decode(type, from: data) }
        }
    }

    /// Runs a decode, putting what went wrong in words a trainer can act on.
    private static func decoding<Value>(_ decode: () throws -> Value) throws(LineProblem) -> Value {
        do {
            return try decode()
        } catch let error as DecodingError {
            throw LineProblem(error)
        } catch {
            throw LineProblem("\(error)")
        }
    }

    private struct TypeTag: Decodable {
        var type: String
    }

    /// The OS's own words ("Is a directory"), which Foundation's wrapper message hides on Linux.
    static func describe(_ error: Error) -> String {
        let cocoa = error as NSError
        if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        return cocoa.localizedDescription
    }
}
