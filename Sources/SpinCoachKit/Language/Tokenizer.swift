/// Splits text into the units SpinCoach matches and learns from.
///
/// English and other alphabetic text becomes lowercase words (apostrophes kept
/// inside words, so "what's" is one token); every Chinese character is a token
/// of its own, since Chinese needs no spaces; digits form one token; a question
/// mark (ASCII or full-width) is kept as the token "?". Other punctuation only
/// separates tokens.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [String] {
        tokenize(text).tokens
    }

    /// 64-bit FNV-1a of a token's UTF-8 bytes, never 0: the hot path compares and
    /// looks tokens up by this number instead of hashing and comparing strings.
    @inline(__always)
    public static func hash(_ token: String) -> UInt64 {
        var hash = fnvOffset
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash == 0 ? 1 : hash
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01B3

    /// Tokens with their hashes, computed in the same pass.
    public static func tokenize(_ text: String) -> TokenizedText {
        var tokens: [String] = []
        var hashes: [UInt64] = []
        tokens.reserveCapacity(24)
        hashes.reserveCapacity(24)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previousIsLetter = false
        var clauseStarts: [Int] = []
        var afterPunctuation = false
        /// The token about to be added starts a clause when punctuation came before it.
        func startToken() {
            if afterPunctuation { clauseStarts.append(tokens.count) }
            afterPunctuation = false
        }
        func append(_ token: String) {
            startToken()
            tokens.append(token)
            hashes.append(hash(token))
        }
        func flush() {
            if word.last == UInt8(ascii: "'") { word.removeLast() }
            if !word.isEmpty {
                startToken()
                var value = fnvOffset
                for byte in word { value = (value ^ UInt64(byte)) &* fnvPrime }
                tokens.append(String(decoding: word, as: UTF8.self))
                hashes.append(value == 0 ? 1 : value)
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
                    if byte == UInt8(ascii: "?") { append("?") }
                    if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { afterPunctuation = true }
                    previousIsLetter = false
                }
                continue
            }
            if isCJK(scalar) {
                flush()
                append(String(scalar))
                previousIsLetter = false
            } else if scalar.properties.isAlphabetic {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                previousIsLetter = true
            } else if scalar == "\u{2019}" && !word.isEmpty && previousIsLetter {
                word.append(UInt8(ascii: "'"))
                previousIsLetter = false
            } else {
                flush()
                if scalar == "\u{FF1F}" { append("?") }
                if !scalar.properties.isWhitespace { afterPunctuation = true }
                previousIsLetter = false
            }
        }
        flush()
        return TokenizedText(tokens: tokens, hashes: hashes, clauseStarts: clauseStarts)
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

/// An utterance's tokens and their hashes (`Tokenizer.hash`), position by position.
public struct TokenizedText: Sendable {
    public var tokens: [String]
    public var hashes: [UInt64]
    /// The tokens that follow punctuation ("离心、分杯": 分), ascending: Chinese character pairs stop there.
    public var clauseStarts: [Int] = []

    init(tokens: [String], hashes: [UInt64], clauseStarts: [Int] = []) {
        self.tokens = tokens
        self.hashes = hashes
        self.clauseStarts = clauseStarts
    }

    init(_ tokens: [String]) {
        self.tokens = tokens
        hashes = tokens.map(Tokenizer.hash)
    }
}
