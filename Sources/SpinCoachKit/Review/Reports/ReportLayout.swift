/// The only place text reports measure and align text. It uses TerminalText's
/// display widths today, so a shared layout engine can replace it in one file.
enum ReportLayout {
    /// Left-aligned columns, two spaces apart; wide characters count two columns.
    /// Numeric columns (`rightAligned`) line up on their last digit.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? TerminalText.width($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.indices.map { column in
                let cell = row[column]
                if rightAligned.contains(column) {
                    return String(repeating: " ", count: max(0, widths[column] - TerminalText.width(cell))) + cell
                }
                return column == row.count - 1 ? cell : TerminalText.padded(cell, to: widths[column])
            }
            .joined(separator: "  ")
            .droppingTrailingSpaces()
        }
    }

    /// Exactly `columns` wide: padded (on the left when `alignRight`, for numbers), or cut with an
    /// ellipsis (from the left when `keepEnd`, for paths).
    static func fit(_ text: String, _ columns: Int, keepEnd: Bool = false, alignRight: Bool = false) -> String {
        let textWidth = TerminalText.width(text)
        if textWidth <= columns, alignRight { return String(repeating: " ", count: columns - textWidth) + text }
        guard textWidth > columns else { return TerminalText.padded(text, to: columns) }
        var kept: [Character] = []
        var width = 1
        let characters = keepEnd ? Array(text.reversed()) : Array(text)
        for character in characters {
            let next = TerminalText.width(String(character))
            if width + next > columns { break }
            kept.append(character)
            width += next
        }
        let cut = keepEnd ? "…" + String(kept.reversed()) : String(kept) + "…"
        return TerminalText.padded(cut, to: columns)
    }

    /// Lines no wider than `columns`, every one after the first indented by `indent`.
    static func wrapped(_ text: String, columns: Int, indent: Int) -> [String] {
        let lines = TerminalText.wrapped(text, columns: max(20, columns - indent))
        let margin = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : margin + $0.element }
    }
}

/// Unicode block bars and sparklines for the terminal and Markdown.
enum Glyphs {
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let ticks = Array("▁▂▃▄▅▆▇█")

    /// A bar `fraction` of `width` cells long, in eighths of a cell.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighthsLong = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        return String(repeating: "█", count: eighthsLong / 8) + eighths[eighthsLong % 8]
    }

    /// One tick per value, scaled between the smallest and largest; a gap for a missing value.
    static func sparkline(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return "" }
        return String(
            values.map { value -> Character in
                guard let value else { return " " }
                let position = high > low ? (value - low) / (high - low) : 0.5
                return ticks[Int((position * Double(ticks.count - 1)).rounded())]
            })
    }
}

extension String {
    func droppingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// One line of text from a transcript, safe for a terminal: controls made visible, breaks made spaces.
    var terminalLine: String {
        TerminalText.sanitized(self).replacing("\n", with: " ").replacing("\t", with: " ")
    }
}
