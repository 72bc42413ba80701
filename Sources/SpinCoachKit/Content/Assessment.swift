/// The DISC self-assessment a rep takes (`Scripts/assess/<lang>.assess`): statements rated on
/// a Likert scale, what a high score in each style means, and how a rep of each style should
/// adjust to a buyer of each style. Trainer-editable content; see Scripts/assess/README.md.
public struct Assessment: Equatable, Sendable {
    public var language: ContentLanguage
    /// The answer labels, point 1 first: `scale[0]` is what typing 1 means.
    public var scale: [String]
    public var items: [AssessmentItem]
    /// What leaning to each style means, in the second person.
    public var styles: [DISCStyle: String]
    /// Advice for a rep of the first style selling to a buyer of the second.
    public var selling: [StylePair: String]
    public var file: String

    public init(
        language: ContentLanguage, scale: [String], items: [AssessmentItem], styles: [DISCStyle: String],
        selling: [StylePair: String], file: String = ""
    ) {
        self.language = language
        self.scale = scale
        self.items = items
        self.styles = styles
        self.selling = selling
        self.file = file
    }

    /// The highest answer: 5 on a five-point scale.
    public var points: Int { scale.count }

    /// Advice for a rep of style `rep` selling to a buyer of style `buyer`.
    public func sellingAdvice(rep: DISCStyle, buyer: DISCStyle) -> String? {
        selling[StylePair(rep: rep, buyer: buyer)]
    }

    /// Changes whenever the statements, their keys or the scale change, so answers
    /// kept from an unfinished assessment are never applied to different questions.
    public var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let texts = scale + items.map { "\($0.style.rawValue)\($0.isReversed ? "-" : "+")\($0.text)" }
        for text in texts {
            for byte in text.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// One statement of the assessment.
public struct AssessmentItem: Equatable, Sendable {
    public var style: DISCStyle
    /// Agreeing counts against the style (a reverse-keyed statement).
    public var isReversed: Bool
    public var text: String
    public var line: Int

    public init(style: DISCStyle, isReversed: Bool, text: String, line: Int = 0) {
        self.style = style
        self.isReversed = isReversed
        self.text = text
        self.line = line
    }
}

/// A rep's style and a buyer's: `I>C` in the content is an I selling to a C.
public struct StylePair: Hashable, Sendable {
    public var rep: DISCStyle
    public var buyer: DISCStyle
}
