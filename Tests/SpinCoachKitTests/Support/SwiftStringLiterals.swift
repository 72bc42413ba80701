import Foundation

/// The string literals of a Swift source file, for tests that read what the code says.
/// Comments are skipped; an interpolation becomes `SwiftStringLiterals.hole`, and string
/// literals inside it are returned on their own.
struct SwiftStringLiterals {
    struct Literal {
        var line: Int
        var text: String
    }

    /// What an interpolation is replaced with: neither a letter nor punctuation, so no rule
    /// judges the spacing beside a value it cannot see.
    static let hole: Character = "\u{FFFC}"

    private let characters: [Character]
    private var index = 0
    private var line = 1
    private(set) var literals: [Literal] = []

    init(source: String) {
        characters = Array(source)
        scan(until: nil)
    }

    /// Every literal in the Swift files under `folder`, with the file it is in.
    static func inFiles(under folder: URL) -> [(file: String, literal: Literal)] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var found: [(String, Literal)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let source = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            found += SwiftStringLiterals(source: source).literals.map { (url.path, $0) }
        }
        return found.sorted { ($0.0, $0.1.line) < ($1.0, $1.1.line) }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advance() -> Character {
        let character = characters[index]
        index += 1
        if character == "\n" { line += 1 }
        return character
    }

    /// Code up to an unmatched `)` (inside an interpolation) or the end.
    private mutating func scan(until closing: Character?) {
        var depth = 0
        while let character = peek() {
            if character == "/" && peek(1) == "/" {
                while let next = peek(), next != "\n" { _ = advance() }
            } else if character == "/" && peek(1) == "*" {
                skipBlockComment()
            } else if character == "\"" {
                readString(hashes: 0)
            } else if character == "#" && (peek(1) == "\"" || peek(1) == "#") {
                var hashes = 0
                while peek(hashes) == "#" { hashes += 1 }
                guard peek(hashes) == "\"" else {
                    _ = advance()
                    continue
                }
                for _ in 0..<hashes { _ = advance() }
                readString(hashes: hashes)
            } else {
                _ = advance()
                if character == "(" { depth += 1 }
                if character == ")" {
                    if depth == 0 && closing == ")" { return }
                    depth -= 1
                }
            }
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        repeat {
            if peek() == "/" && peek(1) == "*" {
                depth += 1
                _ = advance()
            } else if peek() == "*" && peek(1) == "/" {
                depth -= 1
                _ = advance()
            }
            if peek() != nil { _ = advance() }
        } while depth > 0 && peek() != nil
    }

    /// A literal from its opening quote (after any `#`s): single-line or `"""`.
    private mutating func readString(hashes: Int) {
        let start = line
        let multiline = peek(1) == "\"" && peek(2) == "\""
        for _ in 0..<(multiline ? 3 : 1) { _ = advance() }
        let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var text = ""
        while peek() != nil {
            if matches(closing) {
                for _ in 0..<closing.count { _ = advance() }
                break
            }
            if matches(escape) {
                for _ in 0..<escape.count { _ = advance() }
                guard let kind = peek() else { break }
                _ = advance()
                switch kind {
                case "(":
                    text.append(Self.hole)
                    scan(until: ")")
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "u":
                    var hex = ""
                    _ = advance()
                    while let digit = peek(), digit != "}" { hex.append(advance()) }
                    _ = advance()
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.append(Character(scalar))
                    }
                case "\n": continue
                default: text.append(kind)
                }
                continue
            }
            text.append(advance())
        }
        literals.append(Literal(line: start, text: text))
    }

    private func matches(_ text: String) -> Bool {
        for (offset, character) in text.enumerated() where peek(offset) != character { return false }
        return true
    }
}
