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

    /// Evidence a C buyer values.
    static let proofCues = [
        "data", "case study", "reference", "audit", "measured", "percent", "数据", "案例", "测试", "报告", "认证",
    ].map(CuePattern.init(personaCue:))
    /// Thanking the buyer, for their time or anything else.
    static let thanksCues = ["thank", "thanks", "appreciate", "grateful", "谢谢", "感谢", "多谢"].map(
        CuePattern.init(personaCue:))
    /// Asking for the order itself rather than a next step.
    static let orderCues = [
        "sign", "order", "contract", "purchase", "签", "合同", "订单", "下单", "采购单",
    ].map(CuePattern.init(personaCue:))

    /// `aboutPrice`: the line talks of what the offer costs or what the buyer can spend;
    /// `isWarm`: it says something warm, whatever it asks.
    func respond(
        to label: UtteranceLabel, tokens: TokenizedText, aboutPrice: Bool = false, isWarm: Bool = false,
        progress: inout CallProgress, moment: inout CallProgress.RepMoment
    ) -> Reply {
        applyStyle(label: label, tokens: tokens, isWarm: isWarm, progress: &progress, moment: &moment)
        var buyer = progress.buyer
        defer { progress.buyer = buyer }
        // Price before any need is stated has nothing to be weighed against: the buyer's
        // price objection, once; after that, or once a need is stated, the question is answered.
        if aboutPrice && label != .commitment && buyer.needsStated.isEmpty && !progress.priceObjected {
            progress.priceObjected = true
            buyer.adjust(trust: -0.5)
            return Reply(
                line: buyer.objection(.price, random: &progress.random),
                understanding: Understanding(.objected, trigger: ObjectionTrigger.price.rawValue))
        }
        switch label {
        case .situation, .problem, .implication, .needPayoff:
            let (line, reaction, understanding) = buyer.answer(label, tokens: tokens, random: &progress.random)
            let reply = Reply(line: line, stage: Self.stage(for: label), understanding: understanding)
            switch reaction {
            case .deflected:
                buyer.adjust(patience: label == .situation && persona.disc.primary == .dominance ? -1 : -0.5)
            case .toldFact, .acknowledged:
                if progress.situationStreak >= 3 {
                    // Strings of background questions bore buyers, a D most of all, answered or not.
                    buyer.adjust(patience: persona.disc.primary == .dominance ? -1 : -0.5)
                }
            case .guarded, .withheld:
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
            case .warmed:
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
            return Reply(
                line: buyer.pick(phrases.welcomesBenefit(persona.disc.primary), random: &progress.random),
                stage: .demonstrating,
                understanding: Understanding(.heard))
        case .rapport:
            buyer.adjust(trust: persona.disc.primary == .influence ? 1 : 0.3)
            // Thanks get thanks back; the persona's own small talk answers the rest.
            if Self.thanksCues.contains(where: { $0.matches(tokens) }) && !tokens.tokens.contains("?") {
                return Reply(
                    line: buyer.pick(phrases.thanksReplies, random: &progress.random),
                    understanding: Understanding(.warmed))
            }
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
        // An acceptance names the step the rep proposed, never one of the buyer's own.
        let line =
            switch outcome {
            case .advance: buyer.steps.acceptance(persona.closing.advance, tokens: tokens.tokens)
            case .continuation: persona.closing.continuation
            default: persona.closing.noSale
            }
        return Reply(
            line: buyer.remember(line), stage: .commitment, outcome: outcome,
            understanding: Understanding(.committed, trigger: outcome.rawValue))
    }

    /// DISC fit: what this buyer's style rewards, and the lines its brief warns against
    /// (`StyleFit`), each an off-style moment; the ones a buyer feels at once cost trust or patience.
    private func applyStyle(
        label: UtteranceLabel, tokens: TokenizedText, isWarm: Bool, progress: inout CallProgress,
        moment: inout CallProgress.RepMoment
    ) {
        // Warmth counts wherever it is said: "Thanks for having me, I'd love to hear how…" opens warmly too.
        if label == .rapport || isWarm { progress.rapportSeen = true }
        let style = persona.disc.primary
        guard
            let reason = StyleFit.brokenWarning(
                style: style, label: label, tokens: tokens, progress: progress, language: persona.language)
        else {
            if style == .conscientiousness,
                Self.proofCues.contains(where: { $0.matches(tokens) }) || StyleFit.containsFigure(tokens)
            {
                progress.buyer.adjust(trust: 0.3)
            }
            return
        }
        moment.flags.append(.offStyle(reason))
        switch reason {
        case .longTurn, .smallTalk: progress.buyer.adjust(patience: -1)
        case .hype, .pressure: progress.buyer.adjust(trust: -1)
        case .coldness:
            progress.coldnessNoted = true
            progress.buyer.adjust(trust: -1)
        // Already costly elsewhere (background questions tire a D; a big ask meets an
        // objection), or felt only over time: counted on the scorecard, not twice.
        case .backgroundStreak, .directing, .detail, .pushForDecision, .guessedFigure: break
        }
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
