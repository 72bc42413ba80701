#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Colour for the conversation's voices, or none, and the width to lay text out in.
struct TerminalStyle: Sendable {
    enum Role: Sendable, CaseIterable {
        case buyer, coach, rep, dim, warning, heading

        /// SGR parameters: cyan, green, bold, faint, bold yellow, bold.
        var code: String {
            switch self {
            case .buyer: "36"
            case .coach: "32"
            case .rep: "1"
            case .dim: "2"
            case .warning: "1;33"
            case .heading: "1"
            }
        }
    }

    var usesColor: Bool
    /// Columns available for wrapped text.
    var width: Int

    /// The style for this process's stdout, honouring `--plain` and the environment.
    static func current(plain: Bool) -> TerminalStyle {
        let environment = ProcessInfo.processInfo.environment
        return TerminalStyle(
            usesColor: usesColor(isTTY: isatty(STDOUT_FILENO) == 1, environment: environment, plain: plain),
            width: width(windowColumns: windowColumns(), environment: environment))
    }

    /// Colour only for a terminal that shows it, when neither the user nor `--plain` asked for none.
    /// Any NO_COLOR, even an empty one, means none (no-color.org); so does `TERM=dumb`.
    static func usesColor(isTTY: Bool, environment: [String: String], plain: Bool) -> Bool {
        isTTY && !plain && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The window's own width, so text is never wider than the terminal; off a
    /// terminal `$COLUMNS` when set (to lay out a file to a chosen width), else 80.
    static func width(windowColumns: Int?, environment: [String: String]) -> Int {
        if let windowColumns, windowColumns > 0 { return windowColumns }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    /// Asks the terminal on `descriptor` (stdout by default) for its size; nil when it is not a terminal.
    static func windowColumns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The text in the role's colour, or plain; the colour is added when it is written,
    /// after the text is made safe (`StyledText.rendered`).
    func apply(_ role: Role, to text: String) -> StyledText {
        StyledText(text, colour: usesColor ? role.code : nil)
    }

    func buyer(_ text: String) -> StyledText { apply(.buyer, to: text) }
    func coach(_ text: String) -> StyledText { apply(.coach, to: text) }
    func rep(_ text: String) -> StyledText { apply(.rep, to: text) }
    func dim(_ text: String) -> StyledText { apply(.dim, to: text) }
    func warning(_ text: String) -> StyledText { apply(.warning, to: text) }
    func heading(_ text: String) -> StyledText { apply(.heading, to: text) }
}

/// Text and the colour it is shown in, kept apart until it is written, so that the
/// only escape sequences that reach the terminal are the ones the program adds.
struct StyledText: Sendable {
    var text: String
    /// SGR parameters, such as "36" for cyan; nil for plain text.
    var colour: String?

    init(_ text: String, colour: String? = nil) {
        self.text = text
        self.colour = colour
    }

    /// As the terminal gets it: the text with its control characters made visible, then coloured.
    var rendered: String {
        let safe = Console.safe(text)
        guard let colour, !safe.isEmpty else { return safe }
        return "\u{1B}[\(colour)m\(safe)\u{1B}[0m"
    }

    static func == (styled: StyledText, rendered: String) -> Bool {
        styled.rendered == rendered
    }
}
