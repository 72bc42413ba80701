import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plan on disk, as Markdown (the default) or JSON (`--format json`).
public enum PlanFormat: String, CaseIterable, Sendable {
    case markdown, json
}

public enum PlanFile {
    public static func render(_ plan: CallPlan, as format: PlanFormat) -> String {
        switch format {
        case .markdown: return PlanMarkdown.render(plan)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            // A plan holds only strings, numbers and enums, which always encode.
            return String(decoding: try! encoder.encode(plan), as: UTF8.self) + "\n"
        }
    }

    /// Reads either format, told apart by the first character: JSON starts with `{`.
    public static func read(_ text: String, file: String) throws(ContentError) -> CallPlan {
        guard text.drop(while: \.isWhitespace).first == "{" else {
            return try PlanMarkdownReader.read(text, file: file)
        }
        let plan: CallPlan
        do {
            plan = try JSONDecoder().decode(CallPlan.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw ContentError([Diagnostic(file: file, line: 1, column: 1, message: describe(error))])
        } catch {
            throw ContentError([Diagnostic(file: file, line: 1, column: 1, message: "not a plan: \(error)")])
        }
        guard plan.version <= CallPlan.formatVersion else {
            throw ContentError([
                Diagnostic(
                    file: file, line: 1, column: 1,
                    message:
                        "plan format \(plan.version) is newer than this spincoach reads (\(CallPlan.formatVersion))")
            ])
        }
        return plan
    }

    /// Names the field, since JSONDecoder gives no line.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the plan" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "not a plan: '\(key.stringValue)' is missing" + (parent == "the plan" ? "" : " in \(parent)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "not a plan: \(path(context)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "not a plan: \(path(context)): \(context.debugDescription)"
        @unknown default:
            return "not a plan"
        }
    }
}

extension PlanFile {
    /// Writes the plan to `url`, replacing what was there only once the new plan is whole
    /// (a failed write never wipes a plan the rep edited); the file is 0600 whatever the
    /// umask, because a plan names the buyer and what the rep knows of their account.
    public static func write(_ plan: CallPlan, as format: PlanFormat, to url: URL) throws(SessionStoreError) {
        try PrivateFiles.replace(url, with: Data(render(plan, as: format).utf8))
    }
}
