import Foundation

/// The first line of a session file: what was practised, with what, by whom.
public struct SessionHeader: Equatable, Sendable {
    /// The file format version this code writes; files with a newer one are refused.
    public static let currentVersion = 1

    /// The line's `type` field: a constant, stored so the synthesized encoding writes it.
    private let type = SessionLogLineType.header
    public var version: Int
    public var id: String
    @EncodedTimestamp public var started: Date
    public var persona: String
    public var script: String
    public var contentVersion: String
    /// Seeds the simulated buyer, so a call can be replayed.
    public var seed: UInt64
    public var language: ContentLanguage
    public var rep: String
    public var coach: CoachMode

    public init(
        version: Int = SessionHeader.currentVersion, id: String, started: Date, persona: String, script: String,
        contentVersion: String, seed: UInt64, language: ContentLanguage, rep: String, coach: CoachMode
    ) {
        self.version = version
        self.id = id
        self.started = started
        self.persona = persona
        self.script = script
        self.contentVersion = contentVersion
        self.seed = seed
        self.language = language
        self.rep = rep
        self.coach = coach
    }
}

extension SessionHeader: Codable {
    enum CodingKeys: String, CodingKey {
        case type, version, id, started, persona, script, contentVersion, seed, language, rep, coach
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeWholeNumber(Int.self, forKey: .version)
        guard (1...Self.currentVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription:
                    "version \(version) is not supported (this SpinCoach reads 1...\(Self.currentVersion))")
        }
        id = try container.decode(String.self, forKey: .id)
        guard SessionID.isValid(id) else {
            throw DecodingError.dataCorruptedError(
                forKey: .id, in: container, debugDescription: SessionID.rule)
        }
        started = try container.decodeTimestamp(forKey: .started)
        persona = try container.decode(String.self, forKey: .persona)
        script = try container.decode(String.self, forKey: .script)
        contentVersion = try container.decode(String.self, forKey: .contentVersion)
        seed = try container.decodeWholeNumber(UInt64.self, forKey: .seed)
        language = try container.decodeChoice(ContentLanguage.self, forKey: .language)
        rep = try container.decode(String.self, forKey: .rep)
        coach = try container.decodeChoice(CoachMode.self, forKey: .coach)
    }
}
