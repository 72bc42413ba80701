/// Times as transcripts write them outside WebVTT: `1:02:03`, `02:03`, `00:00:01,500`, `0:09`.
enum ClockTime {
    /// Two or three `:`-separated fields (hours may have any number of digits, minutes and
    /// seconds one or two), and an optional `.` or `,` fraction of up to three digits.
    static func seconds(_ text: Substring) -> Double? {
        var fraction = 0.0
        var clock = text
        if let mark = text.firstIndex(where: { $0 == "." || $0 == "," }) {
            let digits = text[text.index(after: mark)...]
            guard (1...3).contains(digits.count), digits.allSatisfy(\.isASCIIDigitCharacter),
                let value = Double("0." + digits)
            else { return nil }
            fraction = value
            clock = text[..<mark]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
            fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) })
        else { return nil }
        let values = fields.compactMap { Double($0) }
        guard values.count == fields.count, fields.dropFirst().allSatisfy({ $0.count <= 2 }),
            values.dropFirst().allSatisfy({ $0 < 60 })
        else { return nil }
        let total = values.reduce(0) { $0 * 60 + $1 }
        return total + fraction
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
