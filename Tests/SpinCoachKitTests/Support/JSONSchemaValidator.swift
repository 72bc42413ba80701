import Foundation

@testable import SpinCoachKit

/// The subset of JSON Schema (2020-12) that docs/review.schema.json uses: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`,
/// `minimum`, `maximum`, `format: date-time` and local `$ref`s into `$defs`.
/// Any other keyword is refused, so the schema cannot quietly use one this does not check.
struct JSONSchemaValidator {
    let root: [String: Any]

    static let known: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
        "additionalProperties", "items", "enum", "const", "minimum", "maximum", "format",
    ]

    init(schema: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: schema) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        root = object
    }

    /// Every violation, as `path: problem`.
    func validate(_ document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, against: root, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        return ((root["$defs"] as? [String: Any])?[name] as? [String: Any]) ?? ["unresolved": reference]
    }

    private func check(_ value: Any, against given: [String: Any], path: String, problems: inout [String]) {
        let schema = resolve(given)
        for keyword in schema.keys where !Self.known.contains(keyword) {
            problems.append("\(path): schema keyword '\(keyword)' is not supported by this validator")
        }
        if let type = schema["type"] as? String, !Self.matches(value, type: type) {
            problems.append("\(path): expected \(type), got \(Self.describe(value))")
            return
        }
        if let expected = schema["const"], !Self.equal(value, expected) {
            problems.append("\(path): expected the constant \(expected)")
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(path): \(value) is not one of \(choices)")
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"] as? Double, number < minimum {
                problems.append("\(path): \(number) is below \(minimum)")
            }
            if let maximum = schema["maximum"] as? Double, number > maximum {
                problems.append("\(path): \(number) is above \(maximum)")
            }
        }
        if schema["format"] as? String == "date-time", let text = value as? String,
            SessionTimestamp.date(from: text) == nil
        {
            problems.append("\(path): '\(text)' is not a date-time")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(path): missing required '\(name)'")
            }
            for (name, member) in object {
                if let property = properties[name] as? [String: Any] {
                    check(member, against: property, path: "\(path).\(name)", problems: &problems)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(member, against: additional, path: "\(path).\(name)", problems: &problems)
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected property '\(name)'")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, path: "\(path)[\(index)]", problems: &problems)
            }
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        // JSONSerialization gives booleans as NSNumbers of C type `char`; numbers are ints or doubles.
        (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
    }

    private static func number(_ value: Any) -> Double? {
        guard !isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "number": return number(value) != nil
        case "integer": return number(value).map { $0 == $0.rounded() } ?? false
        case "null": return value is NSNull
        default: return false
        }
    }

    private static func equal(_ value: Any, _ expected: Any) -> Bool {
        if let text = value as? String, let other = expected as? String { return text == other }
        if let left = number(value), let right = number(expected) { return left == right }
        return false
    }

    private static func describe(_ value: Any) -> String {
        if value is String { return "a string" }
        if isBoolean(value) { return "a boolean" }
        if value is NSNumber { return "a number" }
        if value is [Any] { return "an array" }
        if value is [String: Any] { return "an object" }
        return "null"
    }
}
