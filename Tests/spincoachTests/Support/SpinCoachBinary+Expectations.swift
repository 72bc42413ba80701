import Foundation
import SpinCoachKit
import Testing

extension SpinCoachBinary {
    /// Runs `arguments`, expecting exit `status` and each of `messages` in stderr: how a
    /// failing command is checked across the command tests.
    @discardableResult
    func expectExit(
        _ status: Int32, saying messages: String..., from arguments: [String], input: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result {
        let result = try run(arguments, input: input)
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        for message in messages {
            #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// A finished drill log of one round in this home's data folder, as an earlier drill left it.
    func recordDrill(_ header: DrillHeader, round: DrillRound) throws {
        let recorder = try DrillRecorder(dataDirectory: dataDirectory, header: header)
        try recorder.append(round)
        try recorder.finish(at: header.started, stopped: false)
    }
}
