/// One line as the coach reads it, clipped and tokenized once, then handed to
/// everything that looks at it: the classifier, the simulated buyer, the tallies.
public struct SpokenLine: Sendable {
    /// The start of an overlong line (`UtteranceClassifier.maximumLength` characters), or the line itself.
    public let text: String
    public let tokens: TokenizedText

    public init(_ text: String) {
        self.text = UtteranceClassifier.clipped(text)
        tokens = Tokenizer.tokenize(self.text)
    }
}
