import Testing

@testable import spincoach

@Suite struct TerminalStyleTests {
    @Test func colourNeedsATerminal() {
        #expect(TerminalStyle.usesColor(isTTY: true, environment: [:], plain: false))
        #expect(!TerminalStyle.usesColor(isTTY: false, environment: [:], plain: false))
    }

    @Test(arguments: ["1", "", "0", "false"])
    func anyNoColorValueTurnsColourOff(value: String) {
        #expect(!TerminalStyle.usesColor(isTTY: true, environment: ["NO_COLOR": value], plain: false))
    }

    @Test func plainFlagTurnsColourOff() {
        #expect(!TerminalStyle.usesColor(isTTY: true, environment: [:], plain: true))
    }

    @Test func dumbTerminalGetsNoColour() {
        #expect(!TerminalStyle.usesColor(isTTY: true, environment: ["TERM": "dumb"], plain: false))
        #expect(TerminalStyle.usesColor(isTTY: true, environment: ["TERM": "xterm-256color"], plain: false))
    }

    @Test func rolesWrapTextOnlyWithColour() {
        let coloured = TerminalStyle(usesColor: true, width: 80)
        #expect(coloured.buyer("Hi") == "\u{1B}[36mHi\u{1B}[0m")
        #expect(coloured.warning("Careful") == "\u{1B}[1;33mCareful\u{1B}[0m")
        #expect(coloured.dim("") == "")
        let plain = TerminalStyle(usesColor: false, width: 80)
        for role in TerminalStyle.Role.allCases {
            #expect(plain.apply(role, to: "你好") == "你好")
        }
    }

    @Test func widthPrefersTheWindowThenColumnsThenEighty() {
        #expect(TerminalStyle.width(windowColumns: 120, environment: ["COLUMNS": "60"]) == 120)
        #expect(TerminalStyle.width(windowColumns: 0, environment: ["COLUMNS": "60"]) == 60)
        #expect(TerminalStyle.width(windowColumns: nil, environment: ["COLUMNS": "wide"]) == 80)
        #expect(TerminalStyle.width(windowColumns: nil, environment: [:]) == 80)
    }
}
