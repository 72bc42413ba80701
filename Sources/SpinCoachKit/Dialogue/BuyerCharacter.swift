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

    /// A short, plausible answer to a situation question the persona has no fact for, in its
    /// style: the buyer answers, it just has nothing worth telling there.
    static func plainAnswers(_ language: ContentLanguage, _ style: DISCStyle) -> [String] {
        switch (language, style) {
        case (.english, .dominance): ["Standard setup. Nothing special there.", "It works. Next question."]
        case (.english, .influence):
            [
                "Oh, the usual way, nothing worth a story there!",
                "Much like everyone else, honestly. Ask me something juicier.",
            ]
        case (.english, .steadiness):
            ["We do it the normal way, nothing unusual.", "It's the same as it has been for years, really."]
        case (.english, .conscientiousness):
            [
                "Nothing out of the ordinary; it follows our documented procedure.",
                "It is done to the standard. I have nothing unusual to report there.",
            ]
        case (.chinese, .dominance): ["这块没什么特别的，跟别家差不多。", "这个正常运转，下一个问题。"]
        case (.chinese, .influence): ["这个嘛，跟大家都差不多，没什么好讲的。", "这块挺常规的，你问点更有意思的。"]
        case (.chinese, .steadiness): ["这块按常规来，没什么特别的。", "一直都是这么做的，这些年没怎么变。"]
        case (.chinese, .conscientiousness): ["这块按制度和流程走，没有特别之处。", "这个按规范执行，没有需要特别说明的。"]
        }
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
