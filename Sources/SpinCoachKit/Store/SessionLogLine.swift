import Foundation

/// The `type` field that says what a line of a session file holds.
enum SessionLogLineType: String, Codable, CaseIterable {
    case header
    case turn
    case summary
}

/// One line of a session file, decoded.
enum SessionLogLine: Equatable {
    case header(SessionHeader)
    case turn(SessionTurn)
    case summary(SessionSummary)

    /// One compact JSON object; JSON escapes newlines inside strings, so it never spans two lines.
    static func encode(_ record: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        // Sorted keys keep files byte-for-byte reproducible.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(record)
    }

    /// Decodes one line, or says in plain words what is wrong with it.
    static func decode(_ data: Data) -> Result<SessionLogLine, LineProblem> {
        do throws(LineProblem) {
            let line: JSONLogFile.Line<SessionLogLineType> = try JSONLogFile.line(data)
            switch line.kind {
            case .header: return .success(.header(try line.record(SessionHeader.self)))
            case .turn: return .success(.turn(try line.record(SessionTurn.self)))
            case .summary: return .success(.summary(try line.record(SessionSummary.self)))
            case nil: return .failure(line.unknownType)
            }
        } catch {
            return .failure(error)
        }
    }
}

/// What is wrong with one line, in words a trainer can act on.
struct LineProblem: Error, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            message = "not a valid JSON object"
        case .keyNotFound(let key, let context):
            message = "missing field '\(Self.field(context.codingPath + [key]))'"
        case .valueNotFound(_, let context):
            message = "field '\(Self.field(context.codingPath))' is null"
        case .typeMismatch(let type, let context):
            message = "field '\(Self.field(context.codingPath))' should be \(Self.describe(type))"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            message = "not a valid JSON object"
        case .dataCorrupted(let context):
            message = "field '\(Self.field(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            message = "\(error)"
        }
    }

    /// `scorecard.items[2]` style, as the field appears in the file.
    static func field(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(line)" : text
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is UInt64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default: "a JSON object"
        }
    }
}
