/// How the buyer answers one rep line, and how that line moves trust and patience
/// given the buyer's DISC style: what each style rewards and punishes.
struct BuyerTurn {
    struct Reply {
        var line: String
        var stage: CallStage?
        var outcome: CallOutcome?
        /// What the buyer took a SPIN question to be about.
        var understanding: Understanding?
    }

    let persona: Persona
    let phrases: CoachPhrases

    /// Words that oversell, which a C buyer distrusts.
    static let hypeCues = [
        "best", "amazing", "incredible", "revolutionary", "guarantee", "perfect", "world-class", "unbeatable",
        "100%", "最好", "绝对", "保证", "第一", "顶级", "完美", "领先",
    ].map(CuePattern.init(personaCue:))
    /// Evidence a C buyer values.
    static let proofCues = [
        "data", "case study", "reference", "audit", "measured", "percent", "数据", "案例", "测试", "报告", "认证",
    ].map(CuePattern.init(personaCue:))
    /// Pushing for speed, which an S buyer resists.
    static let pressureCues = [
        "sign today", "decide today", "right now", "immediately", "you must", "deadline", "only this week",
        "before the price",
        "马上", "今天就", "必须", "立刻", "赶紧", "最后一天",
    ].map(CuePattern.init(personaCue:))
    /// Asking for the order itself rather than a next step.
    static let orderCues = [
        "sign", "order", "contract", "purchase", "签", "合同", "订单", "下单", "采购单",
    ].map(CuePattern.init(personaCue:))

    func respond(
        to label: UtteranceLabel, tokens: TokenizedText, progress: inout CallProgress,
        moment: inout CallProgress.RepMoment
    ) -> Reply {
        applyStyle(label: label, tokens: tokens, progress: &progress, moment: &moment)
        var buyer = progress.buyer
        defer { progress.buyer = buyer }
        switch label {
        case .situation, .problem, .implication, .needPayoff:
            let (line, reaction, understanding) = buyer.answer(label, tokens: tokens, random: &progress.random)
            let reply = Reply(line: line, stage: Self.stage(for: label), understanding: understanding)
            switch reaction {
            case .deflected:
                buyer.adjust(patience: label == .situation && persona.disc.primary == .dominance ? -1 : -0.5)
            case .toldFact:
                if progress.situationStreak >= 3 {
                    // Strings of background questions bore buyers, a D most of all.
                    buyer.adjust(patience: persona.disc.primary == .dominance ? -1 : -0.5)
                }
            case .guarded:
                break
            case .admitted:
                moment.flags.append(.admittedProblem)
                buyer.adjust(trust: 0.5, patience: 0.5)
            case .developed:
                moment.flags.append(.developedProblem)
                buyer.adjust(trust: persona.role == .economic ? 1 : 0.5, patience: 0.5)
            case .statedNeed:
                moment.flags.append(.gotExplicitNeed)
                buyer.adjust(trust: 1, patience: 1)
            case .objected:
                moment.flags.append(.prematureNeedPayoff)
                buyer.adjust(trust: -0.5, patience: -1)
            case .acknowledged, .warmed:
                break
            }
            return reply
        case .feature, .advantage:
            guard !buyer.needsStated.isEmpty else {
                moment.flags.append(.prematurePitch)
                buyer.adjust(trust: -1, patience: -1)
                return Reply(
                    line: buyer.objection(.pitch, random: &progress.random),
                    understanding: Understanding(.objected, trigger: ObjectionTrigger.pitch.rawValue))
            }
            return Reply(
                line: buyer.pick(phrases.listening, random: &progress.random), stage: .demonstrating,
                understanding: Understanding(.heard))
        case .benefit:
            buyer.adjust(trust: 1)
            return Reply(line: phrases.welcomesBenefit, stage: .demonstrating, understanding: Understanding(.heard))
        case .rapport:
            buyer.adjust(trust: persona.disc.primary == .influence ? 1 : 0.3)
            return Reply(line: buyer.warmReply(random: &progress.random), understanding: Understanding(.warmed))
        case .commitment:
            return commitment(tokens: tokens, buyer: &buyer, progress: &progress, moment: &moment)
        case .question:
            return Reply(
                line: buyer.pick(phrases.acknowledgements, random: &progress.random),
                understanding: Understanding(.heard))
        case .statement:
            return Reply(
                line: buyer.pick(phrases.listening, random: &progress.random), understanding: Understanding(.heard))
        }
    }

    private func commitment(
        tokens: TokenizedText, buyer: inout SimulatedBuyer, progress: inout CallProgress,
        moment: inout CallProgress.RepMoment
    ) -> Reply {
        progress.commitmentAsks += 1
        let needs = buyer.needsStated.count
        let asksForOrder = Self.orderCues.contains { $0.matches(tokens) }
        let style = persona.disc.primary
        // A big ask suits a decisive buyer with needs on the table; a careful one wants a smaller step.
        let suits = !asksForOrder || ((style == .dominance || style == .influence) && needs >= 2)
        if needs == 0 && progress.commitmentAsks == 1 {
            buyer.adjust(trust: style == .steadiness ? -1.5 : -0.5, patience: -1)
            return Reply(
                line: buyer.objection(.commitment, random: &progress.random), stage: .commitment,
                understanding: Understanding(.objected, trigger: ObjectionTrigger.commitment.rawValue))
        }
        if needs > 0 && !suits && !progress.pressureObjected {
            progress.pressureObjected = true
            buyer.adjust(trust: style == .steadiness ? -1 : -0.5)
            return Reply(
                line: buyer.objection(.pressure, random: &progress.random), stage: .commitment,
                understanding: Understanding(.objected, trigger: ObjectionTrigger.pressure.rawValue))
        }
        let outcome: CallOutcome
        if needs > 0 && buyer.trust >= 4 {
            outcome = .advance
        } else if buyer.trust >= 3 {
            outcome = .continuation
        } else {
            outcome = .noSale
        }
        let line =
            switch outcome {
            case .advance: persona.closing.advance
            case .continuation: persona.closing.continuation
            default: persona.closing.noSale
            }
        return Reply(
            line: line, stage: .commitment, outcome: outcome,
            understanding: Understanding(.committed, trigger: outcome.rawValue))
    }

    /// DISC fit: what this buyer's style rewards and punishes in any line.
    private func applyStyle(
        label: UtteranceLabel, tokens: TokenizedText, progress: inout CallProgress,
        moment: inout CallProgress.RepMoment
    ) {
        func offStyle(_ reason: CoachPhrases.OffStyleReason, trust: Double = 0, patience: Double = 0) {
            moment.flags.append(.offStyle(reason))
            progress.buyer.adjust(trust: trust, patience: patience)
        }
        if label == .rapport { progress.rapportSeen = true }
        let long = persona.language == .chinese ? 80 : 40
        switch persona.disc.primary {
        case .dominance:
            if CallProgress.wordCount(tokens) > long {
                offStyle(.longTurn, patience: -1)
            } else if label == .rapport && progress.moments.count >= 2 {
                offStyle(.smallTalk, patience: -1)
            }
        case .conscientiousness:
            if Self.hypeCues.contains(where: { $0.matches(tokens) }) {
                offStyle(.hype, trust: -1)
            } else if Self.proofCues.contains(where: { $0.matches(tokens) })
                || tokens.tokens.contains(where: Self.isNumber)
            {
                progress.buyer.adjust(trust: 0.3)
            }
        case .steadiness:
            if Self.pressureCues.contains(where: { $0.matches(tokens) }) {
                offStyle(.pressure, trust: -1)
            }
        case .influence:
            if !progress.rapportSeen && !progress.coldnessNoted && progress.moments.count >= 2 {
                progress.coldnessNoted = true
                offStyle(.coldness, trust: -1)
            }
        }
    }

    static func isNumber(_ token: String) -> Bool {
        token.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    static func stage(for label: UtteranceLabel) -> CallStage? {
        switch label {
        case .situation: .situation
        case .problem: .problem
        case .implication: .implication
        case .needPayoff: .needPayoff
        default: nil
        }
    }
}
