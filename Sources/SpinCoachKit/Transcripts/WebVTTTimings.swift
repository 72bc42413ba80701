/// "Collect WebVTT cue timings and settings", "collect a WebVTT timestamp" and
/// "parse the WebVTT cue settings", from the WebVTT specification.
enum WebVTTTimings {
    struct Timing: Equatable {
        var start: Double
        var end: Double
        var settings: [String: String]
    }

    /// ASCII whitespace as the specification means it: TAB, LF, FF, CR and SPACE (not VT).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r"
    }

    static func parse(_ line: ArraySlice<Unicode.Scalar>, regions: [String]) -> Timing? {
        var index = line.startIndex
        skipWhitespace(line, &index)
        guard let start = timestamp(line, &index) else { return nil }
        skipWhitespace(line, &index)
        for expected in "-->".unicodeScalars {
            guard index < line.endIndex, line[index] == expected else { return nil }
            index += 1
        }
        skipWhitespace(line, &index)
        guard let end = timestamp(line, &index) else { return nil }
        return Timing(start: start, end: end, settings: settings(line[index...], regions: regions))
    }

    private static func skipWhitespace(_ line: ArraySlice<Unicode.Scalar>, _ index: inout Int) {
        while index < line.endIndex, isWhitespace(line[index]) { index += 1 }
    }

    private static func digits(_ line: ArraySlice<Unicode.Scalar>, _ index: inout Int) -> (value: Double, count: Int) {
        var value = 0.0
        var count = 0
        while index < line.endIndex, let digit = asciiDigit(line[index]) {
            value = value * 10 + Double(digit)
            count += 1
            index += 1
        }
        return (value, count)
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
    }

    /// `[hh…:]mm:ss.ttt`; the hours may have any number of digits, the rest exactly as shown.
    static func timestamp(_ line: ArraySlice<Unicode.Scalar>, _ index: inout Int) -> Double? {
        guard index < line.endIndex, asciiDigit(line[index]) != nil else { return nil }
        let first = digits(line, &index)
        let leadsWithHours = first.count != 2 || first.value > 59
        guard index < line.endIndex, line[index] == ":" else { return nil }
        index += 1
        let second = digits(line, &index)
        guard second.count == 2 else { return nil }
        var hours = 0.0
        var minutes = first.value
        var seconds = second.value
        if leadsWithHours || (index < line.endIndex && line[index] == ":") {
            guard index < line.endIndex, line[index] == ":" else { return nil }
            index += 1
            let third = digits(line, &index)
            guard third.count == 2 else { return nil }
            (hours, minutes, seconds) = (first.value, second.value, third.value)
        }
        guard index < line.endIndex, line[index] == "." else { return nil }
        index += 1
        let fraction = digits(line, &index)
        guard fraction.count == 3, minutes <= 59, seconds <= 59 else { return nil }
        return hours * 3600 + minutes * 60 + seconds + fraction.value / 1000
    }

    /// Settings that are not valid are skipped one by one; they never void the cue.
    static func settings(_ text: ArraySlice<Unicode.Scalar>, regions: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for token in text.split(whereSeparator: isWhitespace) {
            guard let colon = token.firstIndex(of: ":"), colon != token.startIndex, colon != token.endIndex - 1
            else { continue }
            let name = String(String.UnicodeScalarView(token[..<colon]))
            let value = String(String.UnicodeScalarView(token[(colon + 1)...]))
            if isValid(name: name, value: value, regions: regions) { result[name] = value }
        }
        return result
    }

    private static func isValid(name: String, value: String, regions: [String]) -> Bool {
        let (main, alignment) = splitAtFirstComma(value)
        switch name {
        case "region": return regions.contains(value)
        case "vertical": return value == "rl" || value == "lr"
        case "align": return ["start", "center", "end", "left", "right"].contains(value)
        case "size": return percentage(value) != nil
        case "position":
            return percentage(main) != nil
                && (alignment.map { ["line-left", "center", "line-right"].contains($0) } ?? true)
        case "line":
            guard main.contains(where: \.isASCIIDigitCharacter) else { return false }
            let position = main.hasSuffix("%") ? percentage(main) != nil : isNumber(main)
            return position && (alignment.map { ["start", "center", "end"].contains($0) } ?? true)
        default: return false
        }
    }

    private static func splitAtFirstComma(_ value: String) -> (String, String?) {
        guard let comma = value.firstIndex(of: ",") else { return (value, nil) }
        return (String(value[..<comma]), String(value[value.index(after: comma)...]))
    }

    /// `50%`, `12.5%`: digits, an optional fraction, a percent sign, from 0 to 100.
    static func percentage(_ text: String) -> Double? {
        guard text.hasSuffix("%") else { return nil }
        let number = text.dropLast()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let value = Double(number), (0...100).contains(value)
        else { return nil }
        return value
    }

    /// A line number: an optional leading minus, digits, at most one dot with digits on both sides.
    private static func isNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }
}
