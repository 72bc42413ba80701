import Yams

/// Collects diagnostics while a YAML document is read into typed values.
final class YAMLReport {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(at mark: Mark?, path: String, _ message: String) {
        let prefix = path.isEmpty ? "" : "\(path): "
        diagnostics.append(
            Diagnostic(
                file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: prefix + message))
    }
}

/// A YAML mapping being read, with the key path that leads to it for messages.
///
/// Reads typed fields straight from the node tree (never `Yams.load`, which
/// would turn `no` into false) and keeps each node's position, so every
/// problem can name its line, column and key path.
struct YAMLMapping {
    let mapping: Node.Mapping
    let path: String
    let mark: Mark?
    let report: YAMLReport

    init?(_ node: Node, path: String, report: YAMLReport) {
        guard case .mapping(let mapping) = node else {
            report.error(at: node.mark, path: path, "expected a mapping of keys to values, found \(node.kindName)")
            return nil
        }
        self.mapping = mapping
        self.path = path
        self.mark = node.mark
        self.report = report
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// Reports keys that are not in `allowed` (Yams itself rejects a key given twice).
    func rejectUnknownKeys(allowing allowed: [String]) {
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                report.error(
                    at: key.mark, path: childPath(name),
                    "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
        }
    }

    /// A list of cues, each of which must contain a word or character to match.
    func cues(_ key: String) -> [String]? {
        guard let cues = strings(key, atLeast: 1), case .sequence(let items)? = node(key) else { return nil }
        var valid = true
        for (index, cue) in cues.enumerated() {
            let pattern = CuePattern(personaCue: cue)
            let problem =
                pattern.isEmpty
                ? "'\(cue)' has no letters or characters to match"
                // A persona cue matches anywhere in the line, so one character hides in longer words.
                : pattern.loneChineseCharacter.map {
                    "one-character Chinese cue '\($0)' also matches inside longer words; write it with its context"
                }
            guard let problem else { continue }
            report.error(at: items[index].mark, path: "\(childPath(key))[\(index)]", problem)
            valid = false
        }
        return valid ? cues : nil
    }

    func node(_ key: String) -> Node? {
        for (candidate, value) in mapping where candidate.string == key {
            return value
        }
        return nil
    }

    private func required(_ key: String) -> Node? {
        guard let value = node(key), !value.isNull else {
            report.error(at: mark, path: childPath(key), "missing required field")
            return nil
        }
        return value
    }

    func string(_ key: String) -> String? {
        guard let value = required(key) else { return nil }
        return text(value, path: childPath(key))
    }

    func optionalString(_ key: String) -> String? {
        guard let value = node(key), !value.isNull else { return nil }
        return text(value, path: childPath(key))
    }

    private func text(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report.error(at: node.mark, path: path, "expected text, found \(node.kindName)")
            return nil
        }
        let value = scalar.string.trimmingBlanks()
        if value.isEmpty {
            report.error(at: node.mark, path: path, "must not be empty")
            return nil
        }
        return value
    }

    func strings(_ key: String, atLeast minimum: Int, required isRequired: Bool = true) -> [String]? {
        guard let value = isRequired ? required(key) : node(key) else { return isRequired ? nil : [] }
        if value.isNull && !isRequired { return [] }
        guard let items = sequence(value, key: key, atLeast: minimum) else { return nil }
        let texts = items.enumerated().compactMap { index, item in
            text(item, path: "\(childPath(key))[\(index)]")
        }
        return texts.count == items.count ? texts : nil
    }

    func mappings(_ key: String, atLeast minimum: Int) -> [YAMLMapping]? {
        guard let value = required(key), let items = sequence(value, key: key, atLeast: minimum) else {
            return nil
        }
        let entries = items.enumerated().compactMap { index, item in
            YAMLMapping(item, path: "\(childPath(key))[\(index)]", report: report)
        }
        return entries.count == items.count ? entries : nil
    }

    func submapping(_ key: String) -> YAMLMapping? {
        guard let value = required(key) else { return nil }
        return YAMLMapping(value, path: childPath(key), report: report)
    }

    private func sequence(_ node: Node, key: String, atLeast minimum: Int) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            report.error(at: node.mark, path: childPath(key), "expected a list, found \(node.kindName)")
            return nil
        }
        let items = Array(sequence)
        if items.count < minimum {
            let noun = minimum == 1 ? "entry" : "entries"
            report.error(
                at: node.mark, path: childPath(key),
                "needs at least \(minimum) \(noun), found \(items.count)")
            return nil
        }
        return items
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let raw = string(key) else { return nil }
        return parseChoice(raw, key: key, as: type)
    }

    func optionalChoice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let raw = optionalString(key) else { return nil }
        return parseChoice(raw, key: key, as: type)
    }

    private func parseChoice<Value: RawRepresentable & CaseIterable>(
        _ raw: String, key: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        if let value = Value(rawValue: raw) { return value }
        let options = Value.allCases.map(\.rawValue).joined(separator: ", ")
        report.error(at: node(key)?.mark, path: childPath(key), "unknown value '\(raw)'; expected one of \(options)")
        return nil
    }

    func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let raw = string(key) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            report.error(
                at: node(key)?.mark, path: childPath(key),
                "expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(raw)'")
            return nil
        }
        return value
    }
}

extension Node {
    var isNull: Bool {
        if case .scalar(let scalar) = self {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    var kindName: String {
        switch self {
        case .scalar: "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
