import Foundation

// Records decode their fields with errors that name the field and what it allows.
extension KeyedDecodingContainer {
    func decodeTimestamp(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = SessionTimestamp.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "'\(text)' is not an ISO 8601 date and time")
        }
        return date
    }

    /// Foundation reports a number of the wrong kind (-1 for a seed, 1.5 for an index) with
    /// an internal error that surfaces as "not valid JSON"; this names the field and the range allowed.
    func decodeWholeNumber<Number: FixedWidthInteger & Decodable>(_ type: Number.Type, forKey key: Key) throws -> Number
    {
        do {
            return try decode(Number.self, forKey: key)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "must be a whole number from \(Number.min) to \(Number.max)")
        }
    }

    func decodeWholeNumbersIfPresent(forKey key: Key) throws -> [Int]? {
        do {
            return try decodeIfPresent([Int].self, forKey: key)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "must be a list of whole numbers")
        }
    }

    /// A closed set of words, with an error that lists the allowed ones.
    func decodeChoice<Choice: RawRepresentable>(from choices: [Choice], forKey key: Key) throws -> Choice
    where Choice.RawValue == String {
        let text = try decode(String.self, forKey: key)
        guard let choice = Choice(rawValue: text) else {
            let known = choices.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "'\(text)' is not one of \(known)")
        }
        return choice
    }

    func decodeChoice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type, forKey key: Key) throws -> Choice
    where Choice.RawValue == String {
        try decodeChoice(from: Array(Choice.allCases), forKey: key)
    }
}

/// A time that encodes itself as text, so any JSONEncoder (such as `--json` output) writes
/// the session file's form and a record's encoding can be synthesized.
@propertyWrapper
public struct EncodedTimestamp: Encodable, Equatable, Sendable {
    public var wrappedValue: Date

    public init(wrappedValue: Date) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(SessionTimestamp.string(from: wrappedValue))
    }
}

/// An optional field written as `null` when absent, as a listing's outcome and score always
/// have been in `--json` output, where synthesized encoding would leave the key out.
@propertyWrapper
public struct EncodedNull<Value: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
