/// Lays text out for a terminal of a given width, in English and Chinese.
///
/// Every screen goes through here: paragraphs wrap at word boundaries in English
/// and between characters in Chinese, following the usual line-breaking rules
/// (see `LineBreaker`); lists and tables get hanging indents. Widths are display
/// columns as `TerminalText.width` measures them, so a Chinese character takes
/// two. No line of the result is wider than `width` (at least 2, the width of one
/// Chinese character), and no text is lost or reordered: only the spaces where a
/// line breaks are dropped. Control characters are made visible first
/// (`TerminalText.sanitized`), so text from a user's file is safe to print as laid out.
public enum TextLayout {
    /// Wraps text to `width` columns; each `\n` in it starts a new line.
    ///
    /// - Parameters:
    ///   - indent: spaces before the first line.
    ///   - hanging: spaces before every later line, wrapped or after a `\n`;
    ///     the same as `indent` when nil.
    /// - Returns: the lines joined by `\n`, without trailing spaces.
    public static func wrap(_ text: String, width: Int, indent: Int = 0, hanging: Int? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging ?? indent).joined(separator: "\n")
    }

    /// How list items are marked.
    public enum ListStyle: Sendable {
        /// The same marker, such as "-" or "·", before every item.
        case bullet(String)
        /// "1.", "2.", … right-aligned, so the items' text lines up past 9.
        case numbered
    }

    /// A list, one item after another, each item's later lines hanging under its text.
    public static func list(_ items: [String], width: Int, style: ListStyle = .bullet("-"), indent: Int = 0) -> String {
        let markers: [String] =
            switch style {
            case .bullet(let marker): items.map { _ in TerminalText.sanitized(marker) }
            case .numbered: items.indices.map { "\($0 + 1)." }
            }
        let markerWidth = markers.map(TerminalText.width).max() ?? 0
        return zip(items, markers).map { item, marker in
            let textIndent = indent + markerWidth + 1
            var itemLines = lines(item, width: width, indent: textIndent, hanging: textIndent)
            let shown = String(repeating: " ", count: indent + markerWidth - TerminalText.width(marker)) + marker
            let rest = itemLines[0].dropFirst(min(itemLines[0].count, clampedPrefix(textIndent, width: width)))
            itemLines[0] = rest.isEmpty ? shown : shown + " " + rest
            return itemLines.joined(separator: "\n")
        }
        .joined(separator: "\n")
    }

    /// A table laid out to fit `width`: see `TextTable`.
    public static func table(_ table: TextTable, width: Int) -> String {
        table.lines(width: max(width, 2)).joined(separator: "\n")
    }

    /// The lines of `wrap`, for callers that lay out further (table cells, lists).
    static func lines(_ text: String, width: Int, indent: Int, hanging: Int) -> [String] {
        let width = max(width, 2)
        let clean = TerminalText.sanitized(text).replacing("\r\n", with: "\n").replacing("\t", with: " ")
        var output: [String] = []
        for paragraph in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var prefix: Int { clampedPrefix(output.isEmpty ? indent : hanging, width: width) }
            var startsParagraph = true
            func finishLine() {
                while line.last == " " { line.removeLast() }
                output.append(line.isEmpty ? "" : String(repeating: " ", count: prefix) + line)
                line = ""
                lineWidth = 0
            }
            for piece in LineBreaker.pieces(paragraph) {
                // Spaces that lead a paragraph are kept; those where a line breaks are not.
                var spaces = line.isEmpty && !startsParagraph ? "" : piece.spaces
                if !line.isEmpty, lineWidth + TerminalText.width(spaces) + piece.width > width - prefix {
                    finishLine()
                    spaces = ""
                }
                startsParagraph = false
                var room = width - prefix - lineWidth - TerminalText.width(spaces)
                if piece.width <= room {
                    line += spaces + piece.text
                    lineWidth += TerminalText.width(spaces) + piece.width
                    continue
                }
                // Wider than a whole line (so the line is empty): cut it.
                if room < 2 {
                    spaces = ""
                    room = width - prefix
                }
                var chunks = LineBreaker.split(piece.text, width: room)
                line = spaces + chunks.removeFirst()
                let rest = chunks.joined()
                if !rest.isEmpty {
                    for chunk in LineBreaker.split(rest, width: width - clampedPrefix(hanging, width: width)) {
                        finishLine()
                        line = chunk
                    }
                }
                lineWidth = TerminalText.width(line)
            }
            finishLine()
        }
        return output
    }

    /// An indent leaves room for at least one wide character on the line.
    private static func clampedPrefix(_ prefix: Int, width: Int) -> Int {
        max(0, min(prefix, width - 2))
    }
}
