import Testing

@testable import spincoach

@Suite struct LineReaderTests {
    func kind(stdin: Bool, stdout: Bool, term: String?) -> LineReaderKind {
        LineReaderKind.choose(stdinIsTTY: stdin, stdoutIsTTY: stdout, term: term)
    }

    @Test func readlineOnlyForAnInteractiveCapableTerminal() {
        #expect(kind(stdin: true, stdout: true, term: "xterm-256color") == .readline)
        #expect(kind(stdin: true, stdout: true, term: "dumb") == .plain(echoesPrompt: true))
        #expect(kind(stdin: true, stdout: true, term: nil) == .plain(echoesPrompt: true))
        #expect(kind(stdin: true, stdout: false, term: "xterm") == .plain(echoesPrompt: true))
    }

    @Test func pipedInputGetsNoPrompt() {
        #expect(kind(stdin: false, stdout: true, term: "xterm") == .plain(echoesPrompt: false))
        #expect(kind(stdin: false, stdout: false, term: nil) == .plain(echoesPrompt: false))
    }

    @Test func carriageReturnsAreStripped() {
        #expect(PlainLineReader.strippingCarriageReturn("hello\r") == "hello")
        #expect(PlainLineReader.strippingCarriageReturn("你好") == "你好")
        #expect(PlainLineReader.strippingCarriageReturn("a\rb") == "a\rb")
    }

    @Test func promptEscapesAreMarkedInvisibleForReadline() {
        #expect(ReadlineLineReader.readlinePrompt("you> ") == "you> ")
        #expect(
            ReadlineLineReader.readlinePrompt("\u{1B}[1myou>\u{1B}[0m ")
                == "\u{1}\u{1B}[1m\u{2}you>\u{1}\u{1B}[0m\u{2} ")
    }
}
