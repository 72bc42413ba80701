/// How the buyer answers SPIN questions: by what a line means against its persona,
/// and by the thread of the conversation (the problem in focus).
extension SimulatedBuyer {
    public typealias Answer = (line: String, reaction: Reaction, understanding: Understanding)

    /// A match this strong is the line's own topic; below it the buyer leans on the thread.
    static let confidentScore = 6.0

    /// The buyer's answer to a SPIN question: the persona item the line means most,
    /// weighed toward the kind of question it is and the thread of the conversation;
    /// when nothing stands out, what the kind of question asks for on that thread.
    mutating func answer(_ label: UtteranceLabel, tokens: TokenizedText, random: inout SeededGenerator) -> Answer {
        let meaning = index.index.meaning(of: tokens)
        let thread = threadProblem
        // "Is it sunny outside?" shares one word with the persona and is still not about its world;
        // a line pointing back ("how does this hit the team?") may bring more words of its own.
        // "And if they don't see improvement, what's at stake?" follows the thread whatever its words.
        // "What gives you the most grief in that chain?" asks about the buyer's troubles, in words of its own.
        let followsThread = meaning.refersBack && thread != nil
        let asksOpenly = meaning.isOpen && label == .problem
        if meaning.hasTopic, !followsThread, !asksOpenly,
            index.index.knownShare(of: meaning)
                < Self.foreignShare(persona.language) * (meaning.refersBack ? 0.5 : 1)
        {
            return (deflect(random: &random), .deflected, Understanding(.offTopic))
        }
        let weighed = rank(meaning, Set(PersonaItem.Kind.allCases)).map { match in
            var match = match
            match.score *= Self.kindWeight(label, match.item.kind)
            if let thread, match.item.problemID == thread { match.score *= meaning.refersBack ? 1.75 : 1.5 }
            return match
        }.sorted { $0.score > $1.score }
        // An open question ("what troubles you most about the equipment?") names a topic only when it names it clearly.
        let needed = meaning.isOpen ? 1.5 : 1
        if let best = Self.topic(of: weighed, thread: meaning.refersBack ? thread : nil),
            best.score >= Self.confidentScore * needed
        {
            let onThread = thread != nil && best.item.problemID == thread && meaning.refersBack
            return act(on: best, label: label, ranked: weighed, meaning: meaning, byFocus: onThread, random: &random)
        }
        switch label {
        case .situation: return situation(meaning, random: &random)
        case .problem: return problemQuestion(meaning, ranked: weighed, random: &random)
        case .implication: return implicationQuestion(meaning, ranked: weighed, random: &random)
        case .needPayoff: return needPayoffQuestion(meaning, ranked: weighed, random: &random)
        default: return (deflect(random: &random), .deflected, Understanding(.offTopic))
        }
    }

    /// How much the thread counts for a line that points back at it, shared words or not.
    static let threadFloor = 3.0
    /// How much an item's best sibling adds to the topic they share.
    static let siblingShare = 0.75

    /// The best item of the topic the line is most about: a fact, or a problem with all its
    /// items together (a line about the labelling mismatch may share words with its need as
    /// much as with the problem itself); the thread's problem counts even without shared words.
    static func topic(of ranked: [PersonaIndex.Match], thread: String?) -> PersonaIndex.Match? {
        var best: [String: PersonaIndex.Match] = [:]
        var total: [String: Double] = [:]
        var second: [String: Double] = [:]
        for match in ranked {
            let key = match.item.problemID.map { "problem:" + $0 } ?? match.item.description
            if best[key] == nil {
                best[key] = match
            } else if second[key] == nil {
                second[key] = match.score
            }
        }
        for (key, match) in best { total[key] = match.score + siblingShare * (second[key] ?? 0) }
        if let thread {
            let key = "problem:" + thread
            total[key, default: 0] += threadFloor
            if best[key] == nil { best[key] = PersonaIndex.Match(item: .problem(thread), score: 0, evidence: []) }
        }
        guard let (key, score) = total.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            var match = best[key]
        else { return nil }
        match.score = score
        return match
    }

    /// How close an untold consequence must come to a told one the line is about, to be told instead.
    static let freshShare = 0.6

    /// How close an implication of the problem must come to the need it lost to, to be told instead.
    static let consequenceShare = 0.3

    /// A situation question is most likely after a fact, an implication question after a consequence.
    static func kindWeight(_ label: UtteranceLabel, _ kind: PersonaItem.Kind) -> Double {
        switch (label, kind) {
        case (.situation, .fact), (.problem, .problem), (.implication, .implication), (.needPayoff, .need): 1.5
        // "What would it be worth to stop losing those orders?" weighs a consequence; "where's the
        // biggest chunk of the gap?" asks about the situation the problem lives in.
        case (.situation, .problem), (.implication, .problem), (.needPayoff, .implication), (.problem, .fact): 1
        case (.needPayoff, .problem): 0.8
        case (.problem, .implication): 0.75
        case (.situation, .implication): 0.7
        // A question about consequences rarely asks for a plain fact.
        case (.implication, .fact): 0.35
        // "How are the shifts organised?" shares words with a need, and asks for nothing like one.
        case (.situation, .need): 0.3
        default: 0.5
        }
    }

    private mutating func act(
        on best: PersonaIndex.Match, label: UtteranceLabel, ranked: [PersonaIndex.Match], meaning: LineMeaning,
        byFocus: Bool, random: inout SeededGenerator
    ) -> Answer {
        switch best.item {
        case .fact(let id):
            // Of the facts the line fits about as well, one not yet told.
            let fresh = ranked.first { match in
                if case .fact(let other) = match.item {
                    return match.score >= best.score * 0.8 && !factsTold.contains(other)
                }
                return false
            }
            let chosen = fresh ?? best
            let chosenID = chosen.item.id
            guard let fact = persona.facts.first(where: { $0.id == chosenID }) else {
                preconditionFailure("no fact \(id) in persona \(persona.id)")
            }
            let told = factsTold.contains(chosenID)
            if !told, isWithholding {
                return withhold(chosen.item, evidence: chosen.evidence, byFocus: byFocus, random: &random)
            }
            factsTold.insert(chosenID)
            return (
                told ? retell(fact.say) : remember(fact.say), .toldFact(chosenID),
                Understanding(told ? .repeats : .reveals, item: chosen.item, evidence: chosen.evidence)
            )
        case .problem(let id), .implication(let id, _), .need(let id):
            // The kind of question says what the buyer tells about the problem it heard. Of a problem
            // not yet developed, "if it drifted for forty minutes, what would that mean?" asks for a
            // consequence (or the problem itself first), even when its words lean to the need.
            let undeveloped = state(of: id) != .admitted || developedCount(id) == 0
            let own = ranked.first { $0.item == best.item }?.score ?? best.score
            let consequence = ranked.contains { match in
                if case .implication(id, _) = match.item { return match.score >= own * Self.consequenceShare }
                return false
            }
            switch (label, best.item) {
            case (_, .need) where undeveloped && consequence, (.needPayoff, .implication) where undeveloped:
                return develop(id, ranked: ranked, byFocus: byFocus, random: &random)
            case (_, .need), (.needPayoff, _):
                return statedNeed(id, evidence: best.evidence, byFocus: byFocus, random: &random)
            case (.implication, _), (_, .implication):
                return develop(id, ranked: ranked, byFocus: byFocus, digging: label == .implication, random: &random)
            default:
                // A problem question about what it has admitted ("how often did it stop?") gets the admission
                // again; any other line about it gets more: what it leads to.
                return probe(
                    id, evidence: best.evidence, byFocus: byFocus, ranked: label == .problem ? nil : ranked,
                    random: &random)
            }
        }
    }

    private func rank(_ meaning: LineMeaning, _ kinds: Set<PersonaItem.Kind>) -> [PersonaIndex.Match] {
        index.index.rank(meaning, kinds: kinds)
    }

    /// The problem a thread-following line refers to: the focus, else the last one admitted.
    var threadProblem: String? {
        focusProblem ?? persona.problems.last { state(of: $0.id) == .admitted }?.id
    }

    /// Nothing this buyer can speak to, or an open question with no topic of its own.
    func isOffTopic(_ meaning: LineMeaning) -> Bool {
        meaning.hasTopic && !meaning.isOpen && !index.index.knows(meaning)
    }

    /// Below this share of its topic in the persona's words, a line is about something else.
    /// Chinese lines are read by character pairs, most of which no persona uses, so only
    /// English lines are held to it.
    static func foreignShare(_ language: ContentLanguage) -> Double { language == .english ? 0.2 : 0 }

    // MARK: Situation

    private mutating func situation(_ meaning: LineMeaning, random: inout SeededGenerator) -> Answer {
        // "How often would that happen in a normal week?" names no fact; it asks about the problem in focus.
        if meaning.refersBack, let focus = threadProblem {
            return probe(focus, evidence: [], byFocus: true, random: &random)
        }
        if isOffTopic(meaning) { return (deflect(random: &random), .deflected, Understanding(.offTopic)) }
        // Asked about its world but nothing it has a fact for, the buyer answers plainly rather than brushing it off.
        let plain = Self.plainAnswers(persona.language, persona.disc.primary)
        return (pick(plain, random: &random), .acknowledged, Understanding(.missed))
    }

    // MARK: Problem

    private mutating func problemQuestion(
        _ meaning: LineMeaning, ranked: [PersonaIndex.Match], random: inout SeededGenerator
    ) -> Answer {
        if meaning.refersBack, let focus = threadProblem {
            return probe(
                focus, evidence: ranked.first { $0.item.problemID == focus }?.evidence ?? [], byFocus: true,
                random: &random)
        }
        if isOffTopic(meaning) { return (deflect(random: &random), .deflected, Understanding(.offTopic)) }
        // An open question ("what's the biggest headache?") gets what troubles the buyer most.
        let unadmitted = persona.problems.filter { state(of: $0.id) != .admitted }
        // Asked openly, the buyer starts with what troubles it most (the persona's first problem).
        let hinted =
            meaning.isOpen ? nil : ranked.first { match in unadmitted.contains { $0.id == match.item.problemID } }
        guard
            let pressing = hinted.flatMap({ match in unadmitted.first { $0.id == match.item.problemID } })
                ?? unadmitted.first
        else {
            return threadProblem.map { probe($0, evidence: [], byFocus: true, random: &random) }
                ?? (deflect(random: &random), .deflected, Understanding(.missed))
        }
        return probe(pressing.id, evidence: ranked.first?.evidence ?? [], byFocus: false, random: &random)
    }

    /// `developing` is what the line was heard as when a problem already admitted should be developed
    /// by the consequence the line fits best; nil tells more only right after the admission itself.
    mutating func probe(
        _ id: String, evidence: [String], byFocus: Bool, ranked developing: [PersonaIndex.Match]? = nil,
        random: inout SeededGenerator
    ) -> Answer {
        guard let problem = persona.problems.first(where: { $0.id == id }) else {
            preconditionFailure("no problem \(id) in persona \(persona.id)")
        }
        focusProblem = id
        let item = PersonaItem.problem(id)
        if state(of: id) != .admitted, isWithholding {
            return withhold(item, evidence: evidence, byFocus: byFocus, random: &random)
        }
        let reserved = persona.mode.deniesProblemsAtFirst || persona.language == .chinese
        if state(of: id) == .hidden, reserved, let deny = problem.deny {
            problemStates[id] = .guarded
            return (
                remember(deny), .guarded(problem: id),
                Understanding(.guarded, item: item, evidence: evidence, byFocus: byFocus)
            )
        }
        let wasAdmitted = state(of: id) == .admitted
        // Asked again about a problem it has admitted, the buyer says more: what it leads to.
        if wasAdmitted, developing != nil || lastSource == problem.admit,
            problem.implications.indices.contains(where: { !developed[id, default: []].contains($0) })
        {
            return develop(id, ranked: developing ?? [], byFocus: byFocus, random: &random)
        }
        problemStates[id] = .admitted
        return (
            wasAdmitted ? retell(problem.admit) : remember(problem.admit),
            wasAdmitted ? .acknowledged : .admitted(problem: id),
            Understanding(wasAdmitted ? .repeats : .reveals, item: item, evidence: evidence, byFocus: byFocus)
        )
    }

    // MARK: Implication

    private mutating func implicationQuestion(
        _ meaning: LineMeaning, ranked: [PersonaIndex.Match], random: inout SeededGenerator
    ) -> Answer {
        if let thread = threadProblem {
            return develop(thread, ranked: ranked, byFocus: true, digging: true, random: &random)
        }
        // Consequences of what? Nothing is on the table yet.
        return (deflect(random: &random), .deflected, Understanding(isOffTopic(meaning) ? .offTopic : .missed))
    }

    /// The implication of `id` the line fits best, else the next one not yet told;
    /// a problem not yet admitted is opened up first.
    /// `digging`: the line asks about consequences, so one just told leads on to the next rather than back.
    private mutating func develop(
        _ id: String, ranked: [PersonaIndex.Match], byFocus: Bool, digging: Bool = false,
        random: inout SeededGenerator
    ) -> Answer {
        guard state(of: id) == .admitted else {
            return probe(
                id, evidence: ranked.first { $0.item.problemID == id }?.evidence ?? [], byFocus: byFocus,
                random: &random)
        }
        guard let problem = persona.problems.first(where: { $0.id == id }), !problem.implications.isEmpty else {
            return probe(id, evidence: [], byFocus: byFocus, random: &random)
        }
        let told = developed[id, default: []]
        let fitting = ranked.compactMap { match -> (Int, PersonaIndex.Match)? in
            if case .implication(id, let index) = match.item { return (index, match) }
            return nil
        }
        // Asked again about a consequence it has told ("what's the customer saying about it?"),
        // the buyer comes back to that one rather than jumping to another, unless it has just said it
        // and the line digs deeper: then it goes on to what else the problem leads to.
        let askedAgain = fitting.first.flatMap { top -> (Int, PersonaIndex.Match)? in
            guard told.contains(top.0), top.1.score >= Self.confidentScore,
                !digging || lastSource != problem.implications[top.0].say,
                !fitting.contains(where: { !told.contains($0.0) && $0.1.score >= top.1.score * Self.freshShare })
            else { return nil }
            return top
        }
        let choice =
            askedAgain
            ?? fitting.first { !told.contains($0.0) && $0.1.score >= Self.confidentScore }
            ?? fitting.first { !told.contains($0.0) && !byFocus }
            ?? problem.implications.indices.first { !told.contains($0) }.map { ($0, nil) }
            ?? fitting.first
            ?? (0, nil)
        let (index, match) = (choice.0, choice.1)
        focusProblem = id
        if !told.contains(index), isWithholding {
            return withhold(
                .implication(id, index), evidence: match?.evidence ?? [], byFocus: byFocus || match == nil,
                random: &random)
        }
        developed[id, default: []].insert(index)
        let say = problem.implications[index].say
        return (
            told.contains(index) ? retell(say) : remember(say),
            told.contains(index) ? .acknowledged : .developed(problem: id, implication: index),
            Understanding(
                told.contains(index) ? .repeats : .reveals, item: .implication(id, index),
                evidence: match?.evidence ?? [], byFocus: byFocus || match == nil)
        )
    }
}
