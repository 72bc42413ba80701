/// The rep's own DISC style against a buyer's, for the practice brief and the call plan:
/// "You are an I selling to a C: slow down, bring numbers…". Advice, never a diagnosis.
public enum RepStyleAdvice {
    /// One line for a rep of style `rep` selling to a buyer of style `buyer`, in the
    /// assessment's language; nil when the assessment has no advice for the pair.
    public static func line(rep: DISCStyle, buyer: DISCStyle, assessment: Assessment) -> String? {
        guard let advice = assessment.sellingAdvice(rep: rep, buyer: buyer) else { return nil }
        let language = assessment.language
        return language.text(
            "You are \(article(rep)) \(rep.rawValue) selling to \(article(buyer)) \(buyer.rawValue): ",
            "你是\(rep.rawValue)型，客户是\(buyer.rawValue)型：") + advice
    }

    /// "an I", "an S", "a D", "a C": as the letters are said.
    static func article(_ style: DISCStyle) -> String {
        style == .influence || style == .steadiness ? "an" : "a"
    }
}

extension ContentLibrary {
    /// The brief's line for a rep with this stored result selling to a buyer of style `buyer`,
    /// from the assessment in `language`. Nil when there is no result, the result has no
    /// primary style (all four equal), or no assessment in that language; an error when
    /// the assessment file is broken.
    public func repStyleLine(for result: AssessmentResult?, buyer: DISCStyle, language: ContentLanguage)
        throws(ContentError) -> String?
    {
        guard let rep = result?.primary, let assessment = try loadAssessment(language: language) else { return nil }
        return RepStyleAdvice.line(rep: rep, buyer: buyer, assessment: assessment)
    }
}
