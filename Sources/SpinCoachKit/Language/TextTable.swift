/// Left-aligned columns that stay aligned when cells hold Chinese text.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]

    /// A cell is one line: newlines and tabs in it would break the columns.
    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows.map { row in
            row.map { cell in
                String(cell.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
            }
        }
    }

    public func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in
            all.map { TerminalText.width($0[column]) }.max() ?? 0
        }
        return all.map { row in
            row.indices.map { column in
                column == row.count - 1 ? row[column] : TerminalText.padded(row[column], to: widths[column])
            }
            .joined(separator: "  ")
        }
        .joined(separator: "\n")
    }
}
