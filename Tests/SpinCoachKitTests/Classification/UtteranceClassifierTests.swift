import Testing

@testable import SpinCoachKit

@Suite struct UtteranceClassifierTests {
    let classifier = Bundled.classifier

    @Test(arguments: [
        ("How many production lines do you run today?", UtteranceLabel.situation),
        ("What's the most frustrating part of the month-end close?", .problem),
        ("How does that downtime affect your on-time deliveries?", .implication),
        ("If you could see a breakdown coming a day early, how would that help you?", .needPayoff),
        ("Good morning, thanks for having me.", .rapport),
        ("Can we book a two-week pilot starting Monday?", .commitment),
        (
            "I'll send you a short write-up of today, plus two customers like you. Can we grab thirty minutes "
                + "next week to turn it into something for your CFO?", .commitment
        ),
        ("现在一共有几条生产线？", .situation),
        ("我约您去邻市一家同规模医院看看他们的检验中心，您看哪周合适？", .commitment),
        ("现在的系统用起来有哪些不顺手的地方？", .problem),
        ("这块现在最让您操心的是什么？", .problem),
        ("这种停机会给交货带来什么影响？", .implication),
        ("如果能提前一天发现故障，对您有什么帮助？", .needPayoff),
    ])
    func labelsClearCases(text: String, expected: UtteranceLabel) {
        #expect(classifier.classify(text).label == expected, "\(text)")
    }

    @Test(arguments: [
        "Would a pilot on the single facer be worth a look? I could bring a plan next Tuesday.",
        "如果能提前发现故障，对您有价值吗？我下周二带试点方案过来，您看行吗？",
    ])
    func aLineThatEndsByProposingAStepIsACommitment(text: String) {
        let classification = classifier.classify(text)
        #expect(classification.label == .commitment, "\(classification)")
        #expect(classification.evidence.hasPrefix("ends by proposing a step"))
    }

    @Test func aLineThatEndsOnAQuestionKeepsItsQuestion() {
        let text = "We could meet again next week. What does a stop on the corrugator cost you?"
        #expect(classifier.classify(text).label == .implication)
    }

    @Test(arguments: [
        ("好，这几项我都记下了。有些数据我手上没有准确的，回去核实后书面给您。", UtteranceLabel.statement),
        ("请您先介绍一下厂里现在几条产线。", .situation),
        ("厂里现在有几条产线", .situation),
    ])
    func aQuestionWordAsksUnlessAFullStopEndsTheLine(text: String, expected: UtteranceLabel) {
        #expect(classifier.classify(text).label == expected, "\(text)")
    }

    @Test func aLineThatOpensWithAQuestionWordAndEndsWithAFullStopTells() {
        #expect(
            !UtteranceClassifier.isQuestionShaped(
                Tokenizer.tokens("What I'd suggest is starting small."), language: .english, hits: [],
                endsWithStop: true))
        #expect(
            UtteranceClassifier.isQuestionShaped(
                Tokenizer.tokens("what do you run today"), language: .english, hits: [], endsWithStop: false))
        #expect(UtteranceClassifier.endsWithStop("这几项我都记下了。"))
        #expect(UtteranceClassifier.endsWithStop("I'll send it over!”"))
        #expect(!UtteranceClassifier.endsWithStop("How many lines"))
    }

    @Test func requestsPhrasedAsCommandsAreQuestions() {
        let result = classifier.classify("Walk me through how an order gets from the customer to the warehouse.")
        #expect(result.label == .situation)
    }

    @Test func aBenefitNeedsAStatedNeedThatItMeets() {
        let line = "Our vibration sensors warn your team days before a bearing fails, so unplanned stops disappear."
        #expect(classifier.classify(line).label == .advantage)
        let benefit = classifier.classify(line, statedNeeds: ["I need to cut unplanned stops on line two."])
        #expect(benefit.label == .benefit)
        #expect(benefit.evidence.hasPrefix("meets the stated need"))
        let unrelated = classifier.classify(line, statedNeeds: ["We need cheaper freight to Poland."])
        #expect(unrelated.label == .advantage)
    }

    @Test func everyResultCarriesConfidenceAndEvidence() {
        let result = classifier.classify("What does a day of downtime cost you?")
        #expect(result.confidence > 0 && result.confidence <= 1)
        #expect(!result.evidence.isEmpty)
        #expect(result.language == .english)
    }

    @Test func scriptQuestionsAreRecognisedExactly() throws {
        let script = try #require(Bundled.library.script(id: "plant-downtime"))
        let question = try #require(script.questions(in: .problem).first)
        let result = classifier.classify(question.text)
        #expect(result.label == .problem)
        #expect(result.evidence == "script question plant-downtime:\(question.id)")
    }

    @Test func emptyAndHugeInputsAreHandled() {
        #expect(classifier.classify("   ").evidence == "no words")
        let huge = String(repeating: "How many trucks do you run? ", count: 1_000)
        #expect(classifier.classify(huge).label == .situation)
    }

    @Test func laterStageCuesOverrideEarlierOnes() {
        let hits = [
            CueBook.Cue(group: .label(.problem), pattern: try! CuePattern("error*", gap: 3), line: 1),
            CueBook.Cue(group: .label(.implication), pattern: try! CuePattern("affect*", gap: 3), line: 2),
            CueBook.Cue(group: .label(.situation), pattern: try! CuePattern("today", gap: 3), line: 3),
        ]
        #expect(UtteranceClassifier.effectiveCueCounts(hits) == [.implication: 1])
    }

    // Kinds of line seen in practice calls, worded afresh (not the gold set's lines).

    @Test(arguments: [
        "Our new tool will fix all of those delays for you.",
        "We've got a portal that handles every one of those claims.",
        "This will take care of the whole approval problem.",
    ])
    func aPitchIsAProductStatement(line: String) {
        #expect(classifier.classify(line).label.isProductStatement, "\(line)")
    }

    @Test(arguments: ["How are you doing today?", "How's your day going?", "How was the flight over?"])
    func smallTalkAskedAsAQuestionIsRapport(line: String) {
        #expect(classifier.classify(line).label == .rapport, "\(line)")
    }

    @Test func aLongMonologueWithoutAQuestionMarkIsNoQuestion() {
        let line =
            "What I keep hearing from maintenance managers is that the old sensors give so many false alarms that "
            + "the team stops looking at them, and then the one alarm that matters gets missed and the line stops anyway"
        #expect(!classifier.classify(line).label.isQuestionType)
        #expect(classifier.classify("What do the alarms tell you").label.isQuestionType, "a short one still is")
    }

    @Test func aQuestionAboutPriceAsksForFactsAndIsMarked() {
        let price = classifier.classify("And what would a trial cost you, given the budget you have?")
        #expect(price.label == .situation)
        #expect(price.isAboutPrice)
        let consequence = classifier.classify("What does each of those stops cost you?")
        #expect(consequence.label == .implication)
        #expect(!consequence.isAboutPrice)
    }

    @Test func twoQuestionsInALineTakeTheLabelOfTheMainAsk() {
        #expect(classifier.classify("Which machines do you run, and what goes wrong most often?").label == .problem)
        #expect(
            classifier.classify("How big is the team, and what happens to the orders when the line stops?").label
                == .implication)
    }

    @Test func priceCuesMakeAQuestionSituationAndRapportCuesCancelGenericOnes() throws {
        var book = CueBook(language: .english)
        book.add(
            parsing: "[implication]\ncost you\n[situation]\ntoday\n[rapport]\n^how are you\n[price]\npilot\n",
            file: "t.cues")
        let cost = book.cues.filter { $0.group == .label(.implication) || $0.group == .price }
        #expect(UtteranceClassifier.effectiveCueCounts(cost, isQuestion: true) == [.situation: 2])
        #expect(UtteranceClassifier.effectiveCueCounts(cost, isQuestion: false) == [.implication: 1])
        let smallTalk = book.cues.filter { $0.group == .label(.situation) || $0.group == .label(.rapport) }
        #expect(UtteranceClassifier.effectiveCueCounts(smallTalk, isQuestion: true) == [.rapport: 2])
    }

    // The same kinds in Chinese, worded afresh.

    @Test(arguments: ["我们的新平台能彻底解决这些延误。", "换上我们的设备，漏检的问题就一劳永逸了。"])
    func aChinesePitchIsAProductStatement(line: String) {
        #expect(classifier.classify(line, language: .chinese).label.isProductStatement, "\(line)")
    }

    @Test(arguments: ["陈总最近怎么样？", "您最近忙吗？", "王主任，最近一切都好吗？"])
    func chineseSmallTalkAskedAsAQuestionIsRapport(line: String) {
        #expect(classifier.classify(line, language: .chinese).label == .rapport, "\(line)")
    }

    @Test func aChineseQuestionAboutPriceAsksForFactsAndIsMarked() {
        for line in ["先做个试点的话大概要花多少钱？", "这个项目你们的预算大概多少？"] {
            let price = classifier.classify(line, language: .chinese)
            #expect(price.label == .situation, "\(line)")
            #expect(price.isAboutPrice, "\(line)")
        }
        let consequence = classifier.classify("每次停线一小时，损失多少钱？", language: .chinese)
        #expect(consequence.label == .implication)
        #expect(!consequence.isAboutPrice)
    }

    @Test func aLongChineseMonologueIsNoQuestion() {
        let line =
            "我们服务过的钢厂都说老的监测系统误报太多，班组慢慢就不看了，真正要出事的那一次报警反而被漏掉，"
            + "最后产线还是停了，所以我们这套系统最看重的就是报警准不准，这一点我们做了很多年"
        #expect(!classifier.classify(line, language: .chinese).label.isQuestionType)
    }

    /// A script's opening said word for word sets the agenda, even when it names the next step
    /// it will end on: a plain question, not a premature ask for commitment.
    @Test func anOpeningSaidWordForWordIsAPlainQuestion() throws {
        let script = try #require(Fixture.library.script(id: "fixture-en-bakery"))
        let opening = try #require(script.questions.first { $0.section == .opening && $0.variants[.dominance] != nil })
        for text in [opening.text, opening.variants[.dominance]!] {
            let classification = Fixture.classifier.classify(text, language: .english)
            #expect(classification.label == .question, "\(text)")
            #expect(classification.scriptQuestion?.question == opening.id)
        }
    }

    /// The rep's own promise to check and write back asks the buyer to commit to nothing: a statement,
    /// and in an opener that sets the agenda, a plain question.
    @Test func aPromiseToFollowUpIsNotAnAskForCommitment() {
        let promise = "有些数据我手上没有准确的，回去核实后书面给您，不跟您估数。"
        let report = "上次您提的测试条件，我回去跟厂家核实了，书面材料今天带来了。"
        let opener = "周部长，您存疑的数据我都记下来，回去核实后书面回复您。今天我主要想听您讲讲关键设备的实际运行情况，您看可以吗？"
        #expect(Bundled.classifier.classify(promise, language: .chinese).label == .statement)
        #expect(Bundled.classifier.classify(report, language: .chinese).label != .commitment)
        #expect(Bundled.classifier.classify(opener, language: .chinese).label == .question)
        #expect(
            Bundled.classifier.classify("I'll send you the test conditions in writing.", language: .english).label
                == .statement)
    }

    /// Warmth is reported whatever the line is labelled, from the `[rapport]` cues.
    @Test func warmthIsReportedBesideTheLabel() {
        let warm = classifier.classify("Great to meet you. Which machine stops most often?", language: .english)
        #expect(warm.label == .problem && warm.isWarm, "\(warm)")
        #expect(!classifier.classify("Which machine stops most often?", language: .english).isWarm)
        #expect(classifier.classify("谢谢您抽时间。咱们现在有几条产线？", language: .chinese).isWarm)
    }
}
