import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a rep's DISC self-assessment is kept, beside their sessions: `assessment.json`
/// for the result, `assessment-progress-<lang>.json` for an assessment stopped halfway.
/// Both are private (0600 in the 0700 data folder) and replaced whole, never half-written.
public struct AssessmentStore: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var resultFile: URL { directory.appending(path: "assessment.json") }

    public func progressFile(language: ContentLanguage) -> URL {
        directory.appending(path: "assessment-progress-\(language.rawValue).json")
    }

    /// The stored result; nil when there is none yet.
    public func loadResult() throws(SessionStoreError) -> AssessmentResult? {
        guard let result: AssessmentResult = try read(resultFile) else { return nil }
        if let problem = result.problem { throw .unreadableFile(path: resultFile.path, reason: problem) }
        return result
    }

    public func save(_ result: AssessmentResult) throws(SessionStoreError) {
        try write(result, to: resultFile)
    }

    /// Answers kept from an unfinished assessment in `language`; nil when there are none.
    public func loadProgress(language: ContentLanguage) throws(SessionStoreError) -> AssessmentProgress? {
        try read(progressFile(language: language))
    }

    public func save(_ progress: AssessmentProgress) throws(SessionStoreError) {
        try write(progress, to: progressFile(language: progress.language))
    }

    public func removeProgress(language: ContentLanguage) throws(SessionStoreError) {
        let url = progressFile(language: language)
        if unlink(url.path) != 0, errno != ENOENT {
            throw .unwritableFile(path: url.path, reason: PrivateFiles.lastError())
        }
    }

    private func read<Value: Decodable>(_ url: URL) throws(SessionStoreError) -> Value? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Value.self, from: data)
        } catch let error as DecodingError {
            throw .unreadableFile(path: url.path, reason: Self.describe(error))
        } catch {
            throw .unreadableFile(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes a private temporary file beside the target and renames it over: a crash leaves
    /// the old file or the new one, never a mix.
    private func write<Value: Encodable>(_ value: Value, to url: URL) throws(SessionStoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do {
            data = try encoder.encode(value) + Data("\n".utf8)
        } catch {
            throw .invalidRecord(path: url.path, problem: error.localizedDescription)
        }
        try PrivateFiles.prepareDirectory(directory)
        try PrivateFiles.replace(url, with: data)
    }

    /// `points.D: expected a number`: the field's path and what was wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + ": "
        }
        return switch error {
        case .keyNotFound(let key, let context): "\(path(context))\(key.stringValue): missing required field"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(path(context))\(context.debugDescription)"
        @unknown default: "not a SpinCoach assessment file"
        }
    }
}

/// The answers given so far to an assessment that was stopped, to carry on from.
public struct AssessmentProgress: Codable, Equatable, Sendable {
    public var language: ContentLanguage
    /// The assessment's fingerprint when these answers were given.
    public var fingerprint: String
    public var started: Date
    public var answers: [Int]

    public init(language: ContentLanguage, fingerprint: String, started: Date, answers: [Int]) {
        self.language = language
        self.fingerprint = fingerprint
        self.started = started
        self.answers = answers
    }

    /// Whether these answers were given to this assessment, as it stands.
    public func fits(_ assessment: Assessment) -> Bool {
        language == assessment.language && fingerprint == assessment.fingerprint
            && answers.count < assessment.items.count && answers.allSatisfy { (1...assessment.points).contains($0) }
    }
}
