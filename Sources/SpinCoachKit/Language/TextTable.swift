/// Rows of cells in left-aligned columns that stay aligned when cells hold Chinese text.
///
/// Laid out by `TextLayout.table(_:width:)`. When the columns do not fit the width,
/// the widest column gives up a column first, again and again, down to its longest
/// word; cells wrap inside their column, each line padded so the next column stays
/// aligned. A table that cannot fit without cutting words is printed instead as one
/// block per row of `header: value` lines, which fits any width.
public struct TextTable: Sendable {
    /// The first row, or nil for a table of label/value pairs.
    public var headers: [String]?
    public var rows: [[String]]
    /// Spaces before every line of the table.
    public var indent: Int
    /// Spaces between two columns.
    public var gap: Int

    /// A cell may hold `\n` to start a new line inside it.
    public init(headers: [String]? = nil, rows: [[String]], indent: Int = 0, gap: Int = 2) {
        self.headers = headers
        self.rows = rows
        self.indent = indent
        self.gap = gap
    }

    /// The table with no width limit, each cell on as few lines as it has.
    public func render() -> String {
        TextLayout.table(self, width: .max)
    }

    /// A column may cut a word longer than half the room, but is never narrower than this.
    private static let shortestCut = 4

    func lines(width: Int) -> [String] {
        let all = (headers.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        guard columns > 0 else { return [] }
        let cells = all.map { row in (0..<columns).map { $0 < row.count ? row[$0] : "" } }
        let indent = max(0, min(indent, width - 2))
        let room = width - indent - gap * (columns - 1)
        let natural = (0..<columns).map { column in cells.map { Self.naturalWidth($0[column]) }.max() ?? 0 }
        guard let widths = Self.fit(natural: natural, cells: cells, room: room) else {
            return stacked(cells, width: width, indent: indent)
        }
        let margin = String(repeating: " ", count: indent)
        var output: [String] = []
        for row in cells {
            let wrapped = row.indices.map { column in
                TextLayout.lines(row[column], width: max(widths[column], 2), indent: 0, hanging: 0)
            }
            for index in 0..<(wrapped.map(\.count).max() ?? 0) {
                var line = margin
                for column in row.indices {
                    let text = index < wrapped[column].count ? wrapped[column][index] : ""
                    line += column == row.count - 1 ? text : TerminalText.padded(text, to: widths[column] + gap)
                }
                while line.last == " " { line.removeLast() }
                output.append(line)
            }
        }
        return output
    }

    /// Column widths that add up to at most `room`, or nil when none do without
    /// cutting words. Words are kept whole while they can be; then a hyphenated word
    /// may break after a hyphen ("kwame-" / "asante"), and a word longer than half
    /// the room may be cut anywhere.
    private static func fit(natural: [Int], cells: [[String]], room: Int) -> [Int]? {
        var widths = natural
        var total = widths.reduce(0, +)
        guard total > room else { return widths }
        let cap = max(shortestCut, room / 2)
        let floors = [false, true].map { atHyphens in
            natural.indices.map { column in
                min(cells.map { longestPiece($0[column], breakingAtHyphens: atHyphens) }.max() ?? 0, cap)
            }
        }
        for floor in floors {
            while total > room {
                // The widest column that can still give; on a tie, the later one.
                guard
                    let column = widths.indices.filter({ widths[$0] > floor[$0] })
                        .max(by: { (widths[$0], $0) < (widths[$1], $1) })
                else { break }
                widths[column] -= 1
                total -= 1
            }
        }
        return total <= room ? widths : nil
    }

    private static func naturalWidth(_ cell: String) -> Int {
        TextLayout.lines(cell, width: .max, indent: 0, hanging: 0).map(TerminalText.width).max() ?? 0
    }

    /// The widest piece a cell can be cut into without cutting a word; with
    /// `breakingAtHyphens` the parts of a hyphenated word count as words ("need-", "payoff").
    private static func longestPiece(_ cell: String, breakingAtHyphens: Bool) -> Int {
        let clean = TerminalText.sanitized(cell).replacing("\t", with: " ")
        let pieces = clean.split(separator: "\n").flatMap { LineBreaker.pieces($0).map(\.text) }
        guard breakingAtHyphens else { return pieces.map(TerminalText.width).max() ?? 0 }
        return pieces.flatMap { piece in
            let parts = piece.split(separator: "-", omittingEmptySubsequences: false)
            return parts.indices.map { TerminalText.width(String(parts[$0])) + ($0 < parts.count - 1 ? 1 : 0) }
        }
        .max() ?? 0
    }

    /// Each row as its own block, blocks apart: `header: value` lines, or without
    /// headers the first cell with the others indented under it.
    private func stacked(_ cells: [[String]], width: Int, indent: Int) -> [String] {
        var output: [String] = []
        for row in cells.dropFirst(headers == nil ? 0 : 1) {
            if !output.isEmpty { output.append("") }
            for (column, cell) in row.enumerated() {
                if let headers {
                    let label = column < headers.count && !headers[column].isEmpty ? headers[column] + ": " : ""
                    output += TextLayout.lines(label + cell, width: width, indent: indent, hanging: indent + 2)
                } else if !cell.isEmpty {
                    let inner = column == 0 ? indent : indent + 2
                    output += TextLayout.lines(cell, width: width, indent: inner, hanging: inner + 2)
                }
            }
        }
        return output
    }
}
