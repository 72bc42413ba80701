/// The lines inside a plan's sections: `- Key: value` fields, `- text` bullets,
/// `1. text` problems, and the objections' indented answers.
struct PlanMarkdownItems {
    let labels: PlanMarkdown.Labels
    let file: String

    private var words: PlanVocabulary { PlanVocabulary(language: labels.language) }

    private func error(_ line: Int, column: Int, _ message: String) -> ContentError {
        ContentError([Diagnostic(file: file, line: line, column: column, message: message)])
    }

    func take(
        _ line: String, number: Int, section: String, subsection: String?, plan: inout CallPlan,
        sequence: inout [(question: PlannedQuestion, line: Int)]
    ) throws(ContentError) {
        if section == labels.problemsSection {
            let expected = "\(plan.problems.count + 1). "
            guard line.hasPrefix(expected) else {
                throw error(number, column: 1, "expected problem '\(expected)…' here")
            }
            plan.problems.append(PlannedProblem(suspected: Self.unescape(line.dropFirst(expected.count))))
            return
        }
        if section == labels.objectionsSection, line.hasPrefix("  " + labels.answer + labels.separator) {
            guard !plan.objections.isEmpty else { throw error(number, column: 3, "an answer before any objection") }
            plan.objections[plan.objections.count - 1].answer = Self.unescape(
                line.dropFirst(2 + labels.answer.count + labels.separator.count))
            return
        }
        guard line.hasPrefix("- ") else {
            throw error(number, column: 1, "expected a '- ' item in section '\(section)'")
        }
        let item = line.dropFirst(2)
        switch section {
        case labels.buyerSection: try buyerField(item, number: number, plan: &plan)
        case labels.knownSection: plan.known.append(Self.unescape(item))
        case labels.droppedSection: plan.dropped.append(Self.unescape(item))
        case labels.redFlagsSection: plan.redFlags.append(Self.unescape(item))
        case labels.sequenceSection:
            guard let subsection, let type = UtteranceLabel.spin.first(where: { labels.sequence($0) == subsection })
            else { throw error(number, column: 1, "a question before its '### ' type heading") }
            // Situation questions belong to no problem, so their text is never read as a tag.
            let (problem, text) = type == .situation ? (nil, item) : problemTag(item)
            sequence.append((PlannedQuestion(type: type, text: Self.unescape(text), problem: problem), number))
        case labels.rapportSection:
            switch subsection {
            case labels.dos: plan.rapport.dos.append(Self.unescape(item))
            case labels.donts: plan.rapport.donts.append(Self.unescape(item))
            case labels.yourStyle: plan.rapport.yourStyle.append(Self.unescape(item))
            default: throw error(number, column: 1, "advice before its '### ' heading")
            }
        case labels.objectionsSection:
            let value = try field(item, labels.objection, number: number)
            plan.objections.append(PlannedObjection(objection: Self.unescape(value), answer: nil))
        default:
            try advanceField(item, number: number, plan: &plan)
        }
    }

    /// The value after `key` and the separator, or an error at the key.
    private func field(_ item: Substring, _ key: String, number: Int) throws(ContentError) -> Substring {
        guard item.hasPrefix(key + labels.separator) else {
            throw error(number, column: 3, "expected '\(key)\(labels.separator)…'")
        }
        return item.dropFirst(key.count + labels.separator.count)
    }

    private func buyerField(_ item: Substring, number: Int, plan: inout CallPlan) throws(ContentError) {
        let keys = [
            labels.buyer, labels.role, labels.stance, labels.mode, labels.style, labels.styleFrom, labels.repStyle,
        ]
        guard let key = keys.first(where: { item.hasPrefix($0 + labels.separator) }) else {
            throw error(number, column: 3, "expected one of: \(keys.joined(separator: ", "))")
        }
        let value = String(item.dropFirst(key.count + labels.separator.count))
        let column = 3 + key.count + labels.separator.count
        func named<T: CaseIterable>(_ name: (T) -> String, _ kind: String) throws(ContentError) -> T {
            guard let found: T = PlanVocabulary.value(named: value, name) else {
                let known = T.allCases.map(name).joined(separator: ", ")
                throw error(number, column: column, "'\(value)' is not a \(kind); expected one of: \(known)")
            }
            return found
        }
        switch key {
        case labels.buyer: plan.buyer.name = Self.unescape(value[...])
        case labels.role: plan.buyer.role = try named(words.name(of:) as (BuyingRole) -> String, "buying role")
        case labels.stance: plan.buyer.stance = try named(words.name(of:) as (Stance) -> String, "stance")
        case labels.mode: plan.buyer.mode = try named(words.name(of:) as (ResponseMode) -> String, "response mode")
        case labels.style: plan.buyer.style = try named(words.name(of:) as (DISCStyle) -> String, "DISC style")
        case labels.repStyle: plan.buyer.repStyle = try named(words.name(of:) as (DISCStyle) -> String, "DISC style")
        default:
            if value == labels.fromPersona {
                plan.buyer.styleSource = .persona
            } else if value == labels.fromRep {
                plan.buyer.styleSource = .rep
            } else if value.hasPrefix(labels.fromBehaviour), value.hasSuffix("%"),
                let percent = Int(value.dropFirst(labels.fromBehaviour.count).dropLast()), (0...100).contains(percent)
            {
                plan.buyer.styleSource = .behaviour(confidence: Double(percent) / 100)
            } else {
                throw error(
                    number, column: column,
                    "expected '\(labels.fromPersona)', '\(labels.fromRep)' or '\(labels.fromBehaviour)N%'")
            }
        }
    }

    private func advanceField(_ item: Substring, number: Int, plan: inout CallPlan) throws(ContentError) {
        let key = item.hasPrefix(labels.minimum + labels.separator) ? labels.minimum : labels.best
        let value = try field(item, key, number: number)
        var step = BuyerStep(step: Self.unescape(value), date: nil)
        let sample = labels.due(CalendarDay(year: 2000, month: 1, day: 1)!)
        // In English the date's own bracket is the only unescaped one (the rep's are written
        // "\("); in Chinese a step the rep ended with "（2027-01-01前）" reads as its date.
        if value.count >= sample.count, value.dropLast(sample.count).last != "\\" {
            let suffix = value.suffix(sample.count)
            let day = CalendarDay(String(suffix.dropFirst(labels.language == .chinese ? 1 : 5).prefix(10)))
            if let day, suffix == labels.due(day) {
                step = BuyerStep(step: Self.unescape(value.dropLast(sample.count)), date: day)
            }
        }
        if key == labels.best { plan.advance.best = step } else { plan.advance.minimum = step }
    }

    /// "(2) text" → (2, "text"). The tag always comes first, so a tag the rep wrote stays in the text.
    private func problemTag(_ item: Substring) -> (Int?, Substring) {
        let (open, close): (Character, Character) = labels.language == .chinese ? ("（", "）") : ("(", ")")
        guard item.first == open, let end = item.firstIndex(of: close),
            let number = Int(item[item.index(after: item.startIndex)..<end])
        else { return (nil, item) }
        var rest = item[item.index(after: end)...]
        if rest.first == " " { rest = rest.dropFirst() }
        return (number, rest)
    }

    static func unescape(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if !escaping && character == "\\" {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }
}
