import Foundation

/// Collects every problem a command meets, hands each to its consumers as it
/// comes (the executable prints them), and decides the command's exit status.
///
/// Errors fail the command (status 1); warnings are shown and it still succeeds.
/// One engine serves a whole run, so a command's own findings and the problems met
/// while loading content are counted together.
public final class DiagnosticsEngine: @unchecked Sendable {
    public typealias Consumer = @Sendable (Diagnostic) -> Void

    private let lock = NSLock()
    private let consumers: [Consumer]
    private var emitted: [Diagnostic] = []

    public init(consumers: [Consumer] = []) {
        self.consumers = consumers
    }

    public func emit(_ diagnostic: Diagnostic) {
        lock.withLock { emitted.append(diagnostic) }
        for consumer in consumers { consumer(diagnostic) }
    }

    public func emit(_ diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { emit(diagnostic) }
    }

    /// A problem that is in no file.
    public func emit(_ severity: Diagnostic.Severity, _ message: String) {
        emit(Diagnostic(severity: severity, message: message))
    }

    /// Everything emitted so far, in order.
    public var diagnostics: [Diagnostic] { lock.withLock { emitted } }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// 1 when any error was emitted, else 0.
    public var exitStatus: Int32 { hasErrors ? 1 : 0 }
}
