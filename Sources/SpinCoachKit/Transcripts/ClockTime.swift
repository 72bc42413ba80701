/// Times as transcripts write them outside WebVTT: `1:02:03`, `02:03`, `00:00:01,500`, `0:09`.
enum ClockTime {
    /// Two or three `:`-separated fields (hours may have any number of digits, minutes and
    /// seconds one or two), and an optional `.` or `,` fraction of up to three digits.
    /// Read on UTF-8 bytes: every line of a plain-text transcript is tried as a time.
    static func seconds(_ text: Substring) -> Double? {
        let bytes = text.utf8
        guard let first = bytes.first, (0x30...0x39).contains(first), bytes.count <= 24 else { return nil }
        var fields: [(value: Double, digits: Int)] = [(0, 0)]
        var fraction = 0.0
        var fractionDigits = 0
        var inFraction = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                let digit = Double(byte - 0x30)
                if inFraction {
                    fractionDigits += 1
                    fraction += digit / [10.0, 100, 1000, 10000][min(fractionDigits - 1, 3)]
                } else {
                    fields[fields.count - 1].value = fields[fields.count - 1].value * 10 + digit
                    fields[fields.count - 1].digits += 1
                }
            case UInt8(ascii: ":") where !inFraction: fields.append((0, 0))
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !inFraction else { return nil }
                inFraction = true
            default: return nil
            }
        }
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.digits > 0 }),
            fields.dropFirst().allSatisfy({ $0.digits <= 2 && $0.value < 60 }),
            !inFraction || (1...3).contains(fractionDigits)
        else { return nil }
        return fields.reduce(0) { $0 * 60 + $1.value } + fraction
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
