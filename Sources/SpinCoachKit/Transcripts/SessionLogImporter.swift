import Foundation

/// A SpinCoach practice call's JSON Lines log, read by the session store's own
/// rules (undone turns dropped), with each buyer turn's optional `reason`.
enum SessionLogImporter {
    static func parse(_ bytes: [UInt8], file: String) -> Result<Transcript, TranscriptProblem> {
        let data = Data(bytes)
        let record: LoadedSession
        do {
            record = try SessionLogReader.parse(data, file: file, expectedID: nil)
        } catch .malformedLine(let malformed) {
            return .failure(TranscriptProblem(file: file, line: malformed.line, message: malformed.problem))
        } catch {
            return .failure(TranscriptProblem(file: file, message: error.description))
        }
        let reasons: [Int: (reason: BuyerReason, line: Int)]
        switch Self.reasons(in: bytes) {
        case .success(let found): reasons = found
        case .failure(let failure): return .failure(failure.problem(in: file))
        }
        let header = record.header
        let utterances = record.turns.compactMap { turn -> Utterance? in
            let name: String
            switch turn.speaker {
            case .rep: name = header.rep
            case .buyer: name = header.persona
            case .coach, .note: return nil
            }
            // Header line 1, then turns from line 2 in index order (undone ones are still in the file).
            return Utterance(
                speaker: name, text: turn.text, start: turn.time.timeIntervalSince(header.started), end: nil,
                line: turn.index + 2, reason: reasons[turn.index]?.reason)
        }
        let practice = PracticeContext(
            sessionID: header.id, persona: header.persona, script: header.script, rep: header.rep,
            language: header.language, started: header.started, outcome: record.summary?.outcome,
            score: record.summary?.score)
        return .success(Transcript(file: file, format: .session, utterances: utterances, practice: practice))
    }

    private struct ReasonLine: Decodable {
        var index: Int?
        var reason: BuyerReason?
    }

    /// Only lines that mention a reason are decoded a second time.
    private static func reasons(in bytes: [UInt8]) -> Result<[Int: (reason: BuyerReason, line: Int)], ParseFailure> {
        var found: [Int: (reason: BuyerReason, line: Int)] = [:]
        let marker = Array("\"reason\"".utf8)
        var start = 0
        var number = 1
        let decoder = JSONDecoder()
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            if contains(line, marker) {
                do {
                    let decoded = try decoder.decode(ReasonLine.self, from: Data(line))
                    if let index = decoded.index, let reason = decoded.reason { found[index] = (reason, number) }
                } catch let error as DecodingError {
                    return .failure(ParseFailure(line: number, LineProblem(error).message))
                } catch {
                    return .failure(ParseFailure(line: number, "\(error)"))
                }
            }
            start = end + 1
            number += 1
        }
        return .success(found)
    }

    private static func contains(_ line: ArraySlice<UInt8>, _ marker: [UInt8]) -> Bool {
        guard line.count >= marker.count else { return false }
        var index = line.startIndex
        while index + marker.count <= line.endIndex {
            if line[index] == marker[0], line[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}
