/// The turns of a session and which of them undo notes took back. The recorder
/// and the reader share it, so a file is written under the same rules it is read by.
struct TurnLedger: Equatable {
    private(set) var turns: [SessionTurn] = []
    private(set) var retracted: Set<Int> = []

    var nextIndex: Int { turns.count }

    /// What a reader shows: every turn not taken back.
    var liveTurns: [SessionTurn] { turns.filter { !retracted.contains($0.index) } }

    /// What undo notes took back, for a reader that shows the whole story.
    var undoneTurns: [SessionTurn] { turns.filter { retracted.contains($0.index) } }

    /// Adds the turn, or says why it does not fit after the ones before it.
    mutating func add(_ turn: SessionTurn) -> String? {
        guard turn.index == nextIndex else {
            return "field 'index': turn \(turn.index) where \(nextIndex) comes next"
        }
        if let retracts = turn.retracts {
            if let problem = retractionProblem(retracts) { return "field 'retracts': \(problem)" }
            retracted.formUnion(retracts)
        }
        turns.append(turn)
        return nil
    }

    /// Only earlier, still-standing turns can be taken back, and never an undo itself:
    /// undoing an undo would make a reader's view depend on the order notes are applied.
    func retractionProblem(_ indices: [Int]) -> String? {
        guard !indices.isEmpty else { return "no turns given" }
        for index in indices {
            guard turns.indices.contains(index) else { return "there is no earlier turn \(index)" }
            if turns[index].retracts != nil { return "turn \(index) is itself an undo" }
            if retracted.contains(index) { return "turn \(index) was already undone" }
        }
        return nil
    }
}
