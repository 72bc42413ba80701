/// Splits text into the units SpinCoach matches and learns from.
///
/// English and other alphabetic text becomes lowercase words (apostrophes kept
/// inside words, so "what's" is one token); every Chinese character is a token
/// of its own, since Chinese needs no spaces; digits form one token; a question
/// mark (ASCII or full-width) is kept as the token "?". Other punctuation only
/// separates tokens.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        tokens.reserveCapacity(24)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previousIsLetter = false
        func flush() {
            if word.last == UInt8(ascii: "'") { word.removeLast() }
            if !word.isEmpty {
                tokens.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        // Byte-level ASCII fast path; other scalars go through Unicode properties.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(byte)
                    previousIsLetter = byte >= UInt8(ascii: "a")
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(byte + 32)
                    previousIsLetter = true
                case UInt8(ascii: "'") where !word.isEmpty && previousIsLetter:
                    word.append(byte)
                    previousIsLetter = false
                default:
                    flush()
                    if byte == UInt8(ascii: "?") { tokens.append("?") }
                    previousIsLetter = false
                }
                continue
            }
            if isCJK(scalar) {
                flush()
                tokens.append(String(scalar))
                previousIsLetter = false
            } else if scalar.properties.isAlphabetic {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                previousIsLetter = true
            } else if scalar == "\u{2019}" && !word.isEmpty && previousIsLetter {
                word.append(UInt8(ascii: "'"))
                previousIsLetter = false
            } else {
                flush()
                if scalar == "\u{FF1F}" { tokens.append("?") }
                previousIsLetter = false
            }
        }
        flush()
        return tokens
    }

    /// Letters and digits, with an ASCII fast path: Unicode property lookups are slow.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// Han ideographs and the CJK punctuation and symbol blocks.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// Chinese when Chinese characters are at least a quarter as many as Latin letters.
    public static func detectLanguage(_ text: String) -> ContentLanguage {
        var han = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                han += 1
            } else if isLetter(scalar) {
                letters += 1
            }
        }
        return han > 0 && han * 4 >= letters ? .chinese : .english
    }
}
