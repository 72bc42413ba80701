/// Reads the DISC style a rep typed: the letter, the English name, or the Chinese name
/// (the glossary's 支配型, 影响型, 稳健型, 严谨型, and the 谨慎型 older screens show), in
/// any case, with or without 型 and brackets: `d`, `Dominance`, `D型（支配型）`, `严谨`.
public enum DISCAnswer {
    static let names: [DISCStyle: [String]] = [
        .dominance: ["dominance", "dominant", "支配", "支配型"],
        .influence: ["influence", "influencer", "influential", "influencing", "影响", "影响型"],
        .steadiness: ["steadiness", "steady", "稳健", "稳健型", "稳定型"],
        .conscientiousness: ["conscientiousness", "conscientious", "compliance", "严谨", "严谨型", "谨慎", "谨慎型"],
    ]

    public static func parse(_ text: String) -> DISCStyle? {
        let cleaned = String(
            text.lowercased().unicodeScalars.filter { !ignored.contains($0) && !$0.properties.isWhitespace }
        )
        .replacing("型", with: "")
        guard !cleaned.isEmpty else { return nil }
        for style in DISCStyle.allCases {
            let letter = style.rawValue.lowercased()
            let spelled = (names[style] ?? []).map { $0.replacing("型", with: "") }
            if cleaned == letter || spelled.contains(cleaned) || spelled.contains(where: { cleaned == letter + $0 }) {
                return style
            }
        }
        return nil
    }

    /// Brackets and punctuation around an answer: `D (Dominance).`, `“C型”`.
    private static let ignored = Set("()（）[]【】.。,，:：;；!！?？\"'“”‘’-—_".unicodeScalars)
}
