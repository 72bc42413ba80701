/// Left-aligned columns that stay aligned when cells hold Chinese text.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
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
