/// Where a line of English or Chinese text may break.
///
/// English breaks at spaces only, so words, numbers and ids stay whole, in
/// Chinese text too. Chinese breaks between any two characters, except that no
/// line may start with closing punctuation (。，」 …) or end with opening
/// punctuation (（「 …), and a dash joining two characters (需求-效益) holds them together.
enum LineBreaker {
    /// Text that must stay on one line, and the spaces that came before it.
    struct Piece: Equatable {
        var spaces: String
        var text: String
        var width: Int
    }

    /// Characters a line may not start with.
    static let closing: Set<Character> = Set(
        "。．，、：；！？）」』】〕》〉〗〙〛”’…‥・ー～％！？，：；）］｝％,.:;!?)]}")
    /// Characters a line may not end with.
    static let opening: Set<Character> = Set("（［｛「『【〔《〈〖〘〚“‘([{")
    /// A dash or slash on its own between two wide characters joins them.
    static let joiners: Set<Character> = Set("-‐‑–—/·~_")

    /// The pieces of one paragraph (text without line breaks), in order.
    static func pieces(_ paragraph: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var previous: Atom?
        for atom in atoms(paragraph) {
            if let before = previous, !mayBreak(between: before, and: atom), !pieces.isEmpty {
                pieces[pieces.count - 1].text += atom.spaces + atom.text
                pieces[pieces.count - 1].width += TerminalText.width(atom.spaces) + atom.width
            } else {
                pieces.append(Piece(spaces: atom.spaces, text: atom.text, width: atom.width))
            }
            previous = atom
        }
        return pieces
    }

    /// A run of narrow characters between spaces, or one wide character.
    private struct Atom {
        var spaces: String
        var text: String
        var width: Int
        var isWide: Bool
    }

    private static func atoms(_ paragraph: Substring) -> [Atom] {
        var atoms: [Atom] = []
        var spaces = ""
        var run = ""
        func endRun() {
            guard !run.isEmpty else { return }
            atoms.append(Atom(spaces: spaces, text: run, width: TerminalText.width(run), isWide: false))
            spaces = ""
            run = ""
        }
        for character in paragraph {
            if character == " " {
                endRun()
                spaces.append(character)
            } else if isWide(character) {
                endRun()
                atoms.append(Atom(spaces: spaces, text: String(character), width: 2, isWide: true))
                spaces = ""
            } else {
                run.append(character)
            }
        }
        endRun()
        return atoms
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { TerminalText.width(of: $0) == 2 } ?? false
    }

    private static func mayBreak(between before: Atom, and after: Atom) -> Bool {
        if let first = after.text.first, closing.contains(first) { return false }
        if let last = before.text.last, opening.contains(last) { return false }
        guard after.spaces.isEmpty else { return true }
        // Two narrow runs are never adjacent without a space, so one side is wide here.
        return !isJoiner(before) && !isJoiner(after)
    }

    private static func isJoiner(_ atom: Atom) -> Bool {
        !atom.isWide && atom.text.allSatisfy(joiners.contains)
    }

    /// Splits a piece too wide for any line into chunks of at most `width` columns,
    /// after its last hyphen that fits, else between characters, never
    /// starting a chunk with closing punctuation when that can be avoided.
    static func split(_ text: String, width: Int) -> [String] {
        var chunks: [String] = []
        var chunk: [Character] = []
        var chunkWidth = 0
        for character in text {
            let characterWidth = TerminalText.width(String(character))
            if chunkWidth + characterWidth > width, !chunk.isEmpty {
                var cut = chunk.count
                if let hyphen = chunk.lastIndex(of: "-"), hyphen > 0 {
                    cut = hyphen + 1
                } else if closing.contains(character), chunk.count > 1 {
                    cut = chunk.count - 1
                }
                var carried = Array(chunk[cut...])
                if TerminalText.width(String(carried)) + characterWidth > width { carried = [] }
                chunks.append(String(chunk.dropLast(carried.count)))
                chunk = carried
                chunkWidth = TerminalText.width(String(carried))
            }
            chunk.append(character)
            chunkWidth += characterWidth
        }
        if !chunk.isEmpty { chunks.append(String(chunk)) }
        return chunks
    }
}
