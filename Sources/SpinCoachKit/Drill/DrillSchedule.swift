import Foundation

/// A skill's standing: its score, streak and what is due.
public struct SkillProgress: Equatable, Sendable, Encodable {
    public var skill: DrillSkill
    /// Rounds answered, ever.
    public var answered: Int
    /// Percentage right over the last `DrillSchedule.scoreWindow` rounds; nil before any.
    public var score: Int?
    /// Right answers in a row, up to the latest.
    public var streak: Int
    /// Items seen before whose next showing has come.
    public var due: Int
}

/// One rep's drill schedule, replayed from their drill logs: every answered round, in
/// the order answered, moves its item through SM-2. The logs are the only record, so a
/// drill cut short still counts every round it wrote, and nothing can drift apart.
public struct DrillSchedule: Sendable {
    public private(set) var states: [String: SM2State] = [:]
    /// Every round answered, oldest first.
    public private(set) var rounds: [DrillRound] = []
    let calendar: Calendar

    /// The score is over recent rounds, so it shows where the rep is now, not their first week.
    public static let scoreWindow = 20

    /// Rounds from `records` of `rep` (matched in any case).
    public init(records: [DrillRecord], rep: String, calendar: Calendar) {
        self.calendar = calendar
        let mine = records.filter { $0.header.rep.lowercased() == rep.lowercased() }
        for round in mine.flatMap(\.rounds).sorted(by: { $0.time < $1.time }) { record(round) }
    }

    public init(calendar: Calendar) {
        self.calendar = calendar
    }

    public mutating func record(_ round: DrillRound) {
        rounds.append(round)
        states[round.item] = (states[round.item] ?? SM2State()).answered(
            quality: round.quality, at: round.time, calendar: calendar)
    }

    /// The rounds to serve: items due (the longest overdue first), then items never
    /// seen, taking the skills in turn, at most `count`. Items not yet due wait.
    public func plan(_ items: [DrillItem], at time: Date, count: Int) -> [DrillItem] {
        let due = items.filter { states[$0.id]?.isDue(at: time) == true }
            .sorted { (states[$0.id]!.due!, $0.id) < (states[$1.id]!.due!, $1.id) }
        let fresh = Self.interleaved(items.filter { states[$0.id] == nil })
        return Array((due + fresh).prefix(max(0, count)))
    }

    /// When the next item not yet due comes due, for "nothing is due until …".
    public func nextDue(among items: [DrillItem], after time: Date) -> Date? {
        items.compactMap { states[$0.id]?.due }.filter { $0 > time }.min()
    }

    /// Never-seen items in a fixed order that mixes personas and takes the skills in turn,
    /// the same on every run (a hash of the id, not the file order) so tests can rely on it.
    static func interleaved(_ items: [DrillItem]) -> [DrillItem] {
        let bySkill = DrillSkill.allCases.map { skill in
            items.filter { $0.skill == skill }.sorted { (stableHash($0.id), $0.id) < (stableHash($1.id), $1.id) }
        }
        var result: [DrillItem] = []
        for position in 0..<(bySkill.map(\.count).max() ?? 0) {
            for list in bySkill where position < list.count { result.append(list[position]) }
        }
        return result
    }

    /// FNV-1a, then SplitMix64's finaliser: Swift's own `hashValue` changes from run to run,
    /// and plain FNV-1a leaves ids that differ only at the end next to each other.
    static func stableHash(_ text: String) -> UInt64 {
        var hash = text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }

    /// Score, streak and items due for each skill, at `time`.
    public func progress(at time: Date) -> [SkillProgress] {
        DrillSkill.allCases.map { skill in
            let mine = rounds.filter { $0.skill == skill }
            let recent = mine.suffix(Self.scoreWindow)
            let right = recent.filter(\.isCorrect).count
            let streak = mine.reversed().prefix { $0.isCorrect }.count
            let due = states.filter { id, state in Self.skill(ofItem: id) == skill && state.isDue(at: time) }.count
            return SkillProgress(
                skill: skill, answered: mine.count,
                score: recent.isEmpty ? nil : Int((Double(right) * 100 / Double(recent.count)).rounded()),
                streak: streak, due: due)
        }
    }

    /// Item ids start with their skill: `spin.…`, `disc.…`, `fab.…`.
    static func skill(ofItem id: String) -> DrillSkill? {
        id.split(separator: ".").first.flatMap { DrillSkill(rawValue: String($0)) }
    }
}
