import Testing

@testable import SpinCoachKit

@Suite struct DiagnosticsEngineTests {
    final class Collected: @unchecked Sendable {
        var seen: [String] = []
    }

    @Test func errorsFailTheRunAndWarningsDoNot() {
        let collected = Collected()
        let engine = DiagnosticsEngine(consumers: [{ collected.seen.append($0.description) }])
        #expect(engine.exitStatus == 0)
        engine.emit(Diagnostic(file: "a.yaml", line: 2, column: 1, message: "broken").warning("skipped"))
        #expect(engine.exitStatus == 0)
        #expect(engine.warningCount == 1 && !engine.hasErrors)
        engine.emit(.error, "no persona has the id 'x'")
        #expect(engine.exitStatus == 1)
        #expect(engine.errorCount == 1)
        #expect(collected.seen == ["a.yaml:2:1: warning: broken (skipped)", "error: no persona has the id 'x'"])
        #expect(engine.diagnostics.map(\.severity) == [.warning, .error])
    }

    @Test func aProblemInNoFileHasNoLocation() {
        let diagnostic = Diagnostic(severity: .warning, message: "line 2 is long")
        #expect(!diagnostic.isInFile)
        #expect(diagnostic.description == "warning: line 2 is long")
    }
}
