import Foundation

/// The result of the DISC self-assessment as text, in the assessment's language: all four
/// scores against the person's own average, the primary and secondary style, what the
/// primary style means, and how to adjust to a buyer of each style.
public struct AssessmentReport {
    public var result: AssessmentResult
    /// Supplies the style descriptions and selling advice, and the language.
    public var assessment: Assessment
    /// The styles' names, from the glossary of the assessment's language.
    public var terms: Terms

    public init(result: AssessmentResult, assessment: Assessment, terms: Terms) {
        self.result = result
        self.assessment = assessment
        self.terms = terms
    }

    private var language: ContentLanguage { assessment.language }

    /// Says what DISC is and is not, before any question and with every result.
    public static func caveat(in language: ContentLanguage) -> String {
        language.text(
            "DISC is a rapport heuristic, not a diagnosis: it suggests how to adjust your pace and focus to a buyer."
                + " The scores compare your own tendencies with each other, not you with other people.",
            "DISC只是建立融洽关系的参考，不是诊断：它提示你怎样按客户的风格调整节奏和侧重点。"
                + "得分比较的是你自己几种倾向的强弱，不是拿你跟别人比。")
    }

    public func render(width: Int) -> String {
        var blocks = [
            language.text("Your DISC style", "你的DISC沟通风格"), TextLayout.wrap(Self.caveat(in: language), width: width),
        ]
        let rows = DISCStyle.allCases.map { style in
            [name(style), "\(result.percent(style))", signed(result.relative(style))]
        }
        let headers = [
            terms.term("style", .disc(.style)), language.text("score", "得分"),
            language.text("vs your own average", "与你自己的平均相比"),
        ]
        blocks.append(TextLayout.table(TextTable(headers: headers, rows: rows, indent: 2), width: width))
        guard let primary = result.primary, let secondary = result.secondary else {
            blocks.append(
                TextLayout.wrap(
                    language.text(
                        "All four scores are equal, so no style stands out: read the brief's advice for each buyer as it is.",
                        "四项得分完全相同，没有哪种风格更突出：拜访前简报里针对客户风格的建议照做即可。"),
                    width: width))
            return blocks.joined(separator: "\n\n")
        }
        var summary =
            terms.field("Primary style", .disc(.primary)) + name(primary) + language.text(". ", "；")
            + terms.field("Secondary style", .disc(.secondary)) + name(secondary) + language.text(".", "。")
        if let note = tieNote { summary += language.text(" ", "") + note }
        if let meaning = assessment.styles[primary] { summary += "\n" + meaning }
        blocks.append(TextLayout.wrap(summary, width: width))
        let heading = language.text(
            "Selling to each style, as \(RepStyleAdvice.article(primary)) \(primary.rawValue):",
            "你是\(primary.rawValue)型，面对不同风格的客户：")
        let advice = DISCStyle.allCases.compactMap { buyer in
            assessment.sellingAdvice(rep: primary, buyer: buyer).map {
                language.text(
                    "to \(RepStyleAdvice.article(buyer)) \(buyer.rawValue): ", "\(buyer.rawValue)型客户：") + $0
            }
        }
        blocks.append(heading + "\n" + TextLayout.list(advice, width: width, style: .bullet("·"), indent: 2))
        return blocks.joined(separator: "\n\n")
    }

    /// Ties are listed in D, I, S, C order; say so, so the order is not read as a ranking.
    var tieNote: String? {
        guard !result.ties.isEmpty else { return nil }
        let groups = result.ties.map { group in
            group.map(\.rawValue).joined(separator: language.text(" and ", "和"))
        }
        return language.text(
            "Equal scores (\(groups.joined(separator: "; "))) are listed in D, I, S, C order, which says nothing about you.",
            "得分相同的（\(groups.joined(separator: "；"))）按D、I、S、C的顺序排列，这个顺序不说明什么。")
    }

    private func name(_ style: DISCStyle) -> String {
        terms.name(of: style)
    }

    private func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "-\(-value)" : "0"
    }
}
