/// How the buyer stays in character: what it knows it tells or holds back for the reason
/// it gave, and what it has said it says again in other words, never the same reply twice.
extension SimulatedBuyer {
    /// Below this trust a buyer with `withhold:` lines keeps back what it has not told yet,
    /// until trust recovers (a pitch or pressure against a wary buyer gets it there).
    static let withholdingTrust = 1.5

    /// The buyer will not tell what it has not told yet, for the reason its `withhold:` lines give.
    public var isWithholding: Bool { !persona.withhold.isEmpty && trust < Self.withholdingTrust }

    /// Holds `item` back with a stated reason; asked again while trust stays low, it gives the same
    /// reason in other words rather than a new one.
    mutating func withhold(_ item: PersonaItem, evidence: [String], byFocus: Bool, random: inout SeededGenerator)
        -> Answer
    {
        let line: String
        if let reason = withheld[item.description] {
            line = retell(reason)
        } else {
            line = pick(persona.withhold, random: &random)
            withheld[item.description] = lastSource ?? line
        }
        return (
            line, .withheld,
            Understanding(.withheld, item: item, evidence: evidence, byFocus: byFocus)
        )
    }

    /// Ways of saying "I told you that already", each followed by the short form.
    static func retellings(_ language: ContentLanguage) -> [String] {
        language == .chinese ? ["刚才说过，", "我前面讲了，", "还是那句话，"] : ["As I said: ", "Like I told you: ", "Again: "]
    }

    /// Something already told, said again briefly and in a form other than the last reply.
    func retold(_ line: String) -> String {
        let short = CoachPhrases.firstSentence(line)
        let forms = Self.retellings(persona.language).map { $0 + short } + [short]
        return forms.first { $0 != lastLine && $0 != line } ?? forms[0]
    }

    /// What the buyer says next, never the reply it has just given word for word.
    mutating func remember(_ line: String, source: String? = nil) -> String {
        let said = line == lastLine ? retold(line) : line
        lastLine = said
        lastSource = source ?? line
        return said
    }

    /// Says again what it has already told, in other words.
    mutating func retell(_ line: String) -> String {
        remember(retold(line), source: line)
    }
}
