import Plot

/// The one way review HTML takes in text and attribute values. Plot escapes `<`
/// and `>` in text by construction, but it leaves `&name;` sequences alone and
/// writes attribute values as given; so text is passed with its ampersands
/// already escaped, and every attribute value goes through `attributeValue`.
enum SafeHTML {
    /// Transcript or content text: control characters made visible, shown exactly as written.
    static func text<Context>(_ text: String) -> Node<Context> {
        .text(TerminalText.sanitized(text).replacing("&", with: "&amp;"))
    }

    static func attribute<Context>(_ name: String, _ value: String) -> Node<Context> {
        .attribute(named: name, value: attributeValue(value), ignoreIfValueIsEmpty: false)
    }

    static func attributeValue(_ value: String) -> String {
        var escaped = ""
        for character in TerminalText.sanitized(value) {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An element Plot has no function for (SVG's), built from safe attributes and children.
    static func element<Context>(_ name: String, _ attributes: [(String, String)], _ children: [Node<Context>] = [])
        -> Node<Context>
    {
        .element(named: name, nodes: attributes.map { attribute($0.0, $0.1) } + children)
    }

    /// A number for an SVG coordinate: finite, two decimals at most.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
