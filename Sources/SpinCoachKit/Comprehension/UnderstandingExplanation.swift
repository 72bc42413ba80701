/// `/why`: what the buyer took the rep's last line to be about, in the rep's language.
extension Understanding {
    /// With the `persona`, an item is named by what the buyer said about it, not by its id;
    /// with the rep's `line`, Chinese evidence is the stretch of the line its character pairs cover.
    public func explanation(terms: Terms, persona: Persona? = nil, line: String? = nil) -> String {
        let t = terms.language.text
        // Only what the buyer has said is quoted back: a played-down or held-back item is not given away.
        let told = [.reveals, .repeats, .notReady].contains(outcome) ? persona : nil
        let item = self.item.map { terms.name(of: $0, saying: told?.gist(of: $0)) } ?? ""
        let problem = self.item?.problemID.map { id in "“\(told?.gist(of: .problem(id)) ?? id)”" } ?? ""
        let shown = line.map { Self.stretches(of: evidence, in: $0) } ?? evidence
        let words = shown.prefix(4).map { t("\"\($0)\"", "“\($0)”") }.joined(separator: t(", ", "、"))
        let because = words.isEmpty ? "" : t(" (from \(words))", "（依据：\(words)）")
        let what = trigger.map { terms.parenthesized(terms.name(ofLoggedTrigger: $0)) } ?? ""
        var text =
            switch outcome {
            case .reveals:
                t(
                    "The buyer heard a question about \(item)\(because) and answered it.",
                    "客户把这句听成在问\(item)\(because)，并作了回答。")
            case .repeats:
                t(
                    "The buyer heard a question about \(item)\(because), which it had already told you, so it said it again.",
                    "客户把这句听成在问\(item)\(because)，这一点之前已经说过，所以又重复了一遍。")
            case .guarded:
                t(
                    "The buyer heard a question about \(item)\(because). It has that problem but played it down: ask again in your own words, or make it safer to talk about.",
                    "客户听懂了这是在问\(item)\(because)。这个问题确实存在，但客户先轻描淡写带过去了：换个说法再问一次，或者先让对方放下戒心。")
            case .notReady:
                t(
                    "The buyer heard a need-payoff question about \(problem)\(because), but that problem has not been developed yet: ask what it costs or leads to first.",
                    "客户听懂了这是针对\(problem)的需求-效益问题\(because)，但这个问题的影响还没谈开：先问问它带来的代价和后果。")
            case .withheld:
                t(
                    "The buyer heard a question about \(item)\(because) and knows the answer, but held it back for the reason it gave: build trust before asking again.",
                    "客户听懂了这是在问\(item)\(because)，心里也有数，但按它说的理由暂时不讲：先建立信任，再问。")
            case .offTopic:
                t("The buyer found nothing in your last line it could speak to.", "客户在这句话里找不到能接的话题。")
            case .objected:
                t(
                    "The buyer objected\(what): the line asked for more than the call had earned so far.",
                    "客户提出了异议\(what)：这句话要的，超出了这次拜访到目前为止赢得的信任。")
            case .warmed:
                t("The buyer took it as rapport and returned the warmth.", "客户把这句当作寒暄，也客气地回应了。")
            case .heard:
                t(
                    "The buyer took the line in but heard no question it could answer about its situation or problems.",
                    "客户听进去了，但没听出有关自身情况或难点、需要回答的问题。")
            case .committed:
                t(
                    "The buyer answered the step you proposed\(what).", "客户回应了你提出的下一步\(what)。")
            case .walkedOut:
                t(
                    "The buyer ran out of patience and ended the meeting.", "客户没了耐心，结束了这次拜访。")
            case .missed:
                t(
                    "The buyer understood the kind of question but not what it was about: name the problem or topic you mean.",
                    "客户听出了问题的类型，但没听出问的是哪件事：把你指的问题或话题说出来。")
            }
        if byFocus, !problem.isEmpty {
            text += t(
                " It took the line as being about the problem under discussion (\(problem)).",
                "客户是按正在谈的问题\(problem)来理解这句的。")
        }
        return text
    }
}

extension Understanding {
    /// The stretches of the rep's line that the evidence covers, strongest first: the character
    /// pairs 问题, 题清, 清单 show as 问题清单. A line's words are left as they are.
    static func stretches(of evidence: [String], in line: String) -> [String] {
        let characters = Array(line)
        var rank = [Int?](repeating: nil, count: characters.count)
        for (order, word) in evidence.enumerated() where word.unicodeScalars.allSatisfy(Tokenizer.isCJK) {
            let pattern = Array(word)
            guard !pattern.isEmpty, pattern.count <= characters.count else { continue }
            for start in 0...(characters.count - pattern.count)
            where Array(characters[start..<start + pattern.count]) == pattern {
                for index in start..<start + pattern.count { rank[index] = min(rank[index] ?? order, order) }
            }
        }
        var found: [(String, Int)] = []
        var index = 0
        while index < characters.count {
            guard let first = rank[index] else {
                index += 1
                continue
            }
            var end = index
            var best = first
            while end < characters.count, let next = rank[end] {
                best = min(best, next)
                end += 1
            }
            found.append((String(characters[index..<end]), best))
            index = end
        }
        let others = evidence.enumerated().filter { !$0.element.unicodeScalars.allSatisfy(Tokenizer.isCJK) }
        let all = found + others.map { ($0.element, $0.offset) }
        var unique: [String] = []
        for (text, _) in all.sorted(by: { $0.1 < $1.1 }) where !unique.contains(text) { unique.append(text) }
        return unique
    }
}

extension Terms {
    /// A persona item as `/why` names it. With what the buyer said about it (`gist`), its kind
    /// and those words: "the problem “Line two stops…”", 隐含需求“二线经常停…”. Without, its log
    /// id in English (`problem:downtime`), and in Chinese the glossary's word for its kind with
    /// the id (隐含需求“downtime”), so no English kind name sits in a Chinese sentence.
    func name(of item: PersonaItem, saying gist: String? = nil) -> String {
        if language == .english, gist == nil { return item.description }
        let kind =
            switch item.kind {
            case .fact: language.text("the fact ", term("fact", .word(.fact)))
            case .problem: language.text("the problem ", term("implied need", .spin(.impliedNeed)))
            case .implication: language.text("the consequence ", term("implication", .spin(.implicationItem)))
            case .need: language.text("the need ", term("explicit need", .spin(.explicitNeed)))
            }
        if let gist { return kind + "“\(gist)”" }
        if case .implication(let id, let index) = item { return "“\(id)”的第\(index + 1)个" + kind }
        return kind + "“\(item.id)”"
    }
}
