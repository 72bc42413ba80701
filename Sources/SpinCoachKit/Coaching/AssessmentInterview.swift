import Foundation

/// Taking the assessment, one statement at a time: answers in, a result out. No I/O, so
/// the terminal shell and the tests drive it alike.
public struct AssessmentInterview: Sendable {
    public let assessment: Assessment
    /// Answers given so far, in statement order, each from 1 to `assessment.points`.
    public private(set) var answers: [Int]

    /// What became of a typed answer.
    public enum Outcome: Equatable, Sendable {
        case accepted
        case rejected(AnswerProblem)
    }

    /// Carries on from earlier answers; those beyond the statements or off the scale are dropped.
    public init(assessment: Assessment, answers: [Int] = []) {
        self.assessment = assessment
        self.answers = Array(answers.prefix(assessment.items.count).prefix { (1...assessment.points).contains($0) })
    }

    /// The statement to answer next, nil once all are answered.
    public var current: AssessmentItem? {
        answers.count < assessment.items.count ? assessment.items[answers.count] : nil
    }

    public var isComplete: Bool { current == nil }

    /// Reads an answer: a whole number on the scale, in ASCII or full-width digits.
    public mutating func answer(_ typed: String) -> Outcome {
        guard !isComplete else { return .rejected(.alreadyComplete) }
        let trimmed = typed.trimmingBlanks()
        guard !trimmed.isEmpty else { return .rejected(.empty) }
        let digits = String(
            trimmed.unicodeScalars.map { scalar in
                // Chinese input methods often type full-width digits (０-９).
                (0xFF10...0xFF19).contains(scalar.value)
                    ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
            })
        guard digits.allSatisfy(\.isASCII), let number = Int(digits) else { return .rejected(.notANumber(trimmed)) }
        guard (1...assessment.points).contains(number) else { return .rejected(.outOfRange(number)) }
        answers.append(number)
        return .accepted
    }

    /// Takes back the last answer; false when there is none.
    public mutating func goBack() -> Bool {
        answers.popLast() != nil
    }

    /// The scores, once every statement is answered.
    public func result(taken: Date) -> AssessmentResult? {
        guard isComplete else { return nil }
        return Self.score(assessment, answers: answers, taken: taken)
    }

    /// Turns reverse-keyed answers round and adds up each style: answer 1 is 0 points, the
    /// top of the scale `points - 1`; on a reverse-keyed statement the other way about.
    static func score(_ assessment: Assessment, answers: [Int], taken: Date) -> AssessmentResult {
        var points = StyleScores(dominance: 0, influence: 0, steadiness: 0, conscientiousness: 0)
        for (item, answer) in zip(assessment.items, answers) {
            points[item.style] += item.isReversed ? assessment.points - answer : answer - 1
        }
        let perStyle = assessment.items.filter { $0.style == .dominance }.count
        return AssessmentResult(
            taken: taken, language: assessment.language, statements: assessment.items.count, points: points,
            maximum: perStyle * (assessment.points - 1))
    }
}

/// Why an answer was not taken; each says what to type instead.
public enum AnswerProblem: Equatable, Sendable {
    case empty
    case notANumber(String)
    case outOfRange(Int)
    case alreadyComplete

    public func message(in language: ContentLanguage, points: Int) -> String {
        let range = language.text("1 to \(points)", "1到\(points)")
        return switch self {
        case .empty:
            language.text("Type a number from \(range).", "请输入\(range)之间的数字。")
        case .notANumber(let typed):
            language.text(
                "'\(typed)' is not a number; type a number from \(range).", "“\(typed)”不是数字，请输入\(range)之间的数字。")
        case .outOfRange(let number):
            language.text(
                "\(number) is not on the scale; type a number from \(range).", "\(number)不在范围内，请输入\(range)之间的数字。")
        case .alreadyComplete:
            language.text("Every statement is answered.", "所有题目都已答完。")
        }
    }
}
