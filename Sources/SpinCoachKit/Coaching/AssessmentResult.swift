import Foundation

/// Points for each of the four styles; in JSON, keyed by letter (`"D": 17`).
public struct StyleScores: Codable, Equatable, Sendable {
    public var dominance: Int
    public var influence: Int
    public var steadiness: Int
    public var conscientiousness: Int

    enum CodingKeys: String, CodingKey {
        case dominance = "D"
        case influence = "I"
        case steadiness = "S"
        case conscientiousness = "C"
    }

    public init(dominance: Int, influence: Int, steadiness: Int, conscientiousness: Int) {
        self.dominance = dominance
        self.influence = influence
        self.steadiness = steadiness
        self.conscientiousness = conscientiousness
    }

    public subscript(style: DISCStyle) -> Int {
        get {
            switch style {
            case .dominance: dominance
            case .influence: influence
            case .steadiness: steadiness
            case .conscientiousness: conscientiousness
            }
        }
        set {
            switch style {
            case .dominance: dominance = newValue
            case .influence: influence = newValue
            case .steadiness: steadiness = newValue
            case .conscientiousness: conscientiousness = newValue
            }
        }
    }

    var total: Int { dominance + influence + steadiness + conscientiousness }
}

/// A rep's DISC self-assessment: how strongly they leaned to each style, compared with
/// their own other styles (ipsative), never with other people. Stored as JSON.
public struct AssessmentResult: Codable, Equatable, Sendable {
    public static let currentVersion = 1

    public var version: Int
    public var taken: Date
    /// The language the statements were answered in.
    public var language: ContentLanguage
    public var statements: Int
    /// Points per style once reverse-keyed answers are turned round: 0 up to `maximum`.
    public var points: StyleScores
    /// The most points one style can get (every style has as many statements).
    public var maximum: Int
    /// Nil only when all four styles scored the same.
    public var primary: DISCStyle?
    public var secondary: DISCStyle?

    public init(
        taken: Date, language: ContentLanguage, statements: Int, points: StyleScores, maximum: Int
    ) {
        self.version = Self.currentVersion
        self.taken = taken
        self.language = language
        self.statements = statements
        self.points = points
        self.maximum = maximum
        let ranking = Self.ranking(of: points)
        let flat = points[ranking[0]] == points[ranking[3]]
        primary = flat ? nil : ranking[0]
        secondary = flat ? nil : ranking[1]
    }

    /// Highest first; equal styles in D, I, S, C order.
    public var ranking: [DISCStyle] { Self.ranking(of: points) }

    static func ranking(of points: StyleScores) -> [DISCStyle] {
        DISCStyle.allCases.enumerated()
            .sorted { first, second in
                let (a, b) = (points[first.element], points[second.element])
                return a != b ? a > b : first.offset < second.offset
            }
            .map(\.element)
    }

    /// 0 to 100: how far toward the style the answers went.
    public func percent(_ style: DISCStyle) -> Int {
        maximum > 0 ? Int((Double(points[style]) * 100 / Double(maximum)).rounded()) : 0
    }

    /// Percentage points above (+) or below (-) this person's own average over the four
    /// styles: the ipsative reading, which compares their tendencies with each other.
    public func relative(_ style: DISCStyle) -> Int {
        guard maximum > 0 else { return 0 }
        let difference = Double(points[style] * 4 - points.total) * 100 / Double(4 * maximum)
        return Int(difference.rounded())
    }

    /// Groups of two or more styles with equal points, highest first.
    public var ties: [[DISCStyle]] {
        var groups: [[DISCStyle]] = []
        for style in ranking {
            if let last = groups.last?.last, points[last] == points[style] {
                groups[groups.count - 1].append(style)
            } else {
                groups.append([style])
            }
        }
        return groups.filter { $0.count > 1 }
    }

    /// Why a stored result cannot be used, or nil when it can.
    public var problem: String? {
        if version != Self.currentVersion { return "version \(version) is not \(Self.currentVersion)" }
        if maximum <= 0 { return "maximum must be above 0" }
        if let style = DISCStyle.allCases.first(where: { !(0...maximum).contains(points[$0]) }) {
            return "points.\(style.rawValue) must be from 0 to \(maximum)"
        }
        if self
            != AssessmentResult(
                taken: taken, language: language, statements: statements, points: points, maximum: maximum)
        {
            return "primary and secondary do not follow from the points"
        }
        return nil
    }
}
