/// A plan as Markdown a rep can read, print and edit, and that `PlanMarkdownReader` reads
/// back: front matter with the ids (persona, script, language), then one `##` section per
/// part, in the plan's language. Text the rep wrote is escaped, so it never becomes markup.
public enum PlanMarkdown {
    /// The names of sections and fields, shared by the writer and the reader.
    struct Labels {
        let language: ContentLanguage
        private func text(_ english: String, _ chinese: String) -> String { language.text(english, chinese) }

        var title: String { text("Call plan", "拜访计划") }
        var buyerSection: String { text("Buyer", "客户") }
        var knownSection: String { text("What you know", "已知情况") }
        var droppedSection: String { text("Situation questions you can drop", "可以不问的背景问题") }
        var sequenceSection: String { text("Question sequence", "提问顺序") }
        var problemsSection: String { text("Suspected problems", "估计的难点") }
        var rapportSection: String { text("Rapport", "建立关系") }
        var objectionsSection: String { text("Objections", "异议") }
        var advanceSection: String { text("Advance", "推进") }
        var redFlagsSection: String { text("Red flags", "小红旗") }
        var dos: String { text("Do", "要做") }
        var donts: String { text("Don't", "不要做") }
        var yourStyle: String { text("Your style against theirs", "你的风格与他的风格") }

        var buyer: String { text("Buyer", "客户") }
        var role: String { text("Buying role", "采购角色") }
        var stance: String { text("Stance", "立场") }
        var mode: String { text("Response mode", "反应模式") }
        var style: String { text("DISC style", "沟通风格") }
        var styleFrom: String { text("Style from", "风格依据") }
        var repStyle: String { text("Your style", "你的风格") }
        var fromPersona: String { text("the persona", "模拟客户档案") }
        var fromRep: String { text("you", "你的判断") }
        var fromBehaviour: String { text("their behaviour, confidence ", "按他的表现推断，置信度") }
        var objection: String { text("Objection", "异议") }
        var answer: String { text("Answer", "回应") }
        var best: String { text("Best action commitment", "最佳行动承诺") }
        var minimum: String { text("Minimum acceptable", "最低可接受承诺") }
        var separator: String { text(": ", "：") }

        func field(_ key: String, _ value: String) -> String { "- " + key + separator + value }
        func problemTag(_ number: Int) -> String { text("(\(number)) ", "（\(number)）") }
        func due(_ day: CalendarDay) -> String { text(" (by \(day))", "（\(day)前）") }

        func sequence(_ type: UtteranceLabel) -> String {
            let name = PlanVocabulary(language: language).name(of: type)
            return language == .chinese ? name : name.prefix(1).uppercased() + name.dropFirst() + "s"
        }

        func styleSource(_ source: StyleSource) -> String {
            switch source {
            case .persona: fromPersona
            case .rep: fromRep
            case .behaviour(let confidence): fromBehaviour + "\(Int((confidence * 100).rounded()))%"
            }
        }
    }

    public static func render(_ plan: CallPlan) -> String {
        let labels = Labels(language: plan.language)
        let words = PlanVocabulary(language: plan.language)
        var lines = ["---", "spincoach-plan: \(plan.version)", "language: \(plan.language.rawValue)"]
        if let persona = plan.persona { lines.append("persona: \(persona)") }
        if let script = plan.script { lines.append("script: \(script)") }
        lines += ["status: \(plan.isComplete ? "complete" : "partial")", "---", ""]
        lines.append("# " + labels.title + (plan.buyer.name.map { labels.separator + escape($0) } ?? ""))

        func section(_ title: String, _ body: [String]) {
            guard !body.isEmpty else { return }
            lines += ["", "## " + title, ""] + body
        }
        let buyer = plan.buyer
        section(
            labels.buyerSection,
            [
                buyer.name.map { labels.field(labels.buyer, escape($0)) },
                buyer.role.map { labels.field(labels.role, words.name(of: $0)) },
                buyer.stance.map { labels.field(labels.stance, words.name(of: $0)) },
                buyer.mode.map { labels.field(labels.mode, words.name(of: $0)) },
                buyer.style.map { labels.field(labels.style, words.name(of: $0)) },
                buyer.styleSource.map { labels.field(labels.styleFrom, labels.styleSource($0)) },
                buyer.repStyle.map { labels.field(labels.repStyle, words.name(of: $0)) },
            ].compactMap { $0 })
        section(labels.knownSection, bullets(plan.known))
        section(labels.droppedSection, bullets(plan.dropped))
        let questions = plan.questions
        section(
            labels.sequenceSection,
            UtteranceLabel.spin.flatMap { type -> [String] in
                let items = questions.filter { $0.type == type }.map { question in
                    "- " + (question.problem.map(labels.problemTag) ?? "") + escape(question.text)
                }
                return items.isEmpty ? [] : ["### " + labels.sequence(type), ""] + items + [""]
            }.dropLast())
        section(
            labels.problemsSection,
            plan.problems.enumerated().map { "\($0.offset + 1). " + escape($0.element.suspected) })
        let rapport = [
            (labels.dos, plan.rapport.dos), (labels.donts, plan.rapport.donts),
            (labels.yourStyle, plan.rapport.yourStyle),
        ]
        section(
            labels.rapportSection,
            rapport.filter { !$0.1.isEmpty }.flatMap { ["### " + $0.0, ""] + bullets($0.1) + [""] }.dropLast())
        section(
            labels.objectionsSection,
            plan.objections.flatMap { objection in
                [labels.field(labels.objection, escape(objection.objection))]
                    + (objection.answer.map { ["  " + labels.answer + labels.separator + escape($0)] } ?? [])
            })
        section(
            labels.advanceSection,
            [(labels.best, plan.advance.best), (labels.minimum, plan.advance.minimum)].compactMap { key, step in
                step.map { labels.field(key, escape($0.step) + ($0.date.map(labels.due) ?? "")) }
            })
        section(labels.redFlagsSection, bullets(plan.redFlags))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func bullets(_ items: [String]) -> [String] {
        items.map { "- " + escape($0) }
    }

    /// Characters that would turn plain text into Markdown or HTML get a backslash, and so
    /// does "(", so the plan's own "(1)" and "(by date)" stay apart from the rep's text.
    /// Full-width "（" is left alone: Markdown escapes only ASCII punctuation, so "\（"
    /// would show its backslash. Line breaks become spaces, since every item is one line.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character.isNewline {
                escaped.append(" ")
                continue
            }
            if "\\`*_[]<>#|~(".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
