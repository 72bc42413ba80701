import Testing

@testable import SpinCoachKit

@Suite struct SpeakerNameTests {
    @Test(arguments: [
        ("Dana Okafor: We need it", "Dana Okafor"), ("SPEAKER_01: hi", "SPEAKER_01"),
        ("Dr. Melissa Ko: yes", "Dr. Melissa Ko"),
        ("李明：好的", "李明"), ("Mary O'Brien ~: Hi", "Mary O'Brien"), ("Ana de Souza: olá", "Ana de Souza"),
        ("Speaker 2: ok", "Speaker 2"), ("Q: What now?", "Q"),
    ])
    func names(_ line: String, _ name: String) {
        #expect(SpeakerName.splitPrefix(Substring(line))?.name == name)
    }

    @Test(arguments: [
        "The plan is: we wait", "Yes: absolutely", "Note: the price went up", "https://example.com", "10:30 works",
        "So here's the thing: it broke", "We have three problems: cost, time and people", "Bottom line: no",
        "我们的问题是：停机太多了",
    ])
    func sentencesAreNotNames(_ line: String) {
        #expect(SpeakerName.splitPrefix(Substring(line)) == nil)
    }

    @Test func textAfterTheNameIsKept() {
        let split = SpeakerName.splitPrefix("Alice:\tThe contract renews.")
        #expect(split?.text == "The contract renews.")
    }
}
