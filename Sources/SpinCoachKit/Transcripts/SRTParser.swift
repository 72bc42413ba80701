/// SubRip subtitles: numbered blocks of a timing line and text, separated by blank
/// lines, with or without `Name:` speaker prefixes. Formatting tags are dropped.
enum SRTParser {
    static func parse(_ text: String) -> Result<[Utterance], ParseFailure> {
        let lines = TextLines.split(text)
        var utterances: [Utterance] = []
        var names = SpeakerName.Cache()
        var index = 0
        while index < lines.count {
            guard !lines[index].allSatisfy(\.isWhitespace) else {
                index += 1
                continue
            }
            var timingIndex = index
            let first = lines[index].trimmingWhitespace()
            if first.allSatisfy(\.isASCIIDigitCharacter) {
                timingIndex += 1
            } else if arrowRange(first) == nil {
                return .failure(
                    ParseFailure(
                        line: index + 1, column: 1,
                        "expected a cue number or a timing line such as "
                            + "00:00:01,000 --> 00:00:03,500"))
            }
            guard timingIndex < lines.count else {
                return .failure(ParseFailure(line: index + 1, "cue \(first) has no timing line"))
            }
            let times: (Double, Double)
            switch timing(lines[timingIndex], line: timingIndex + 1) {
            case .success(let parsed): times = parsed
            case .failure(let failure): return .failure(failure)
            }
            var textIndex = timingIndex + 1
            var speaker: String?
            var words: [Substring] = []
            while textIndex < lines.count, !lines[textIndex].allSatisfy(\.isWhitespace) {
                var content = Substring(stripTags(lines[textIndex].trimmingWhitespace()))
                if words.isEmpty, let prefixed = names.splitPrefix(content) {
                    speaker = prefixed.name
                    content = prefixed.text
                }
                if !content.isEmpty { words.append(content) }
                textIndex += 1
            }
            if !words.isEmpty {
                utterances.append(
                    Utterance(
                        speaker: speaker, text: words.joined(separator: " "), start: times.0, end: times.1,
                        line: timingIndex + 1))
            }
            index = textIndex
        }
        return .success(utterances)
    }

    /// `00:00:01,000 --> 00:00:03,500`, optionally followed by position coordinates.
    private static func timing(_ line: Substring, line number: Int) -> Result<(Double, Double), ParseFailure> {
        let usage = "expected a timing line such as 00:00:01,000 --> 00:00:03,500"
        guard let arrow = arrowRange(line) else { return .failure(ParseFailure(line: number, column: 1, usage)) }
        let left = line[..<arrow.lowerBound].trimmingWhitespace()
        let right = line[arrow.upperBound...].trimmingWhitespace().prefix { !$0.isWhitespace }
        guard let start = ClockTime.seconds(left) else {
            return .failure(ParseFailure(line: number, column: 1, "'\(left)' is not a time; " + usage))
        }
        guard let end = ClockTime.seconds(right) else {
            let column = line.distance(from: line.startIndex, to: arrow.upperBound) + 2
            return .failure(ParseFailure(line: number, column: column, "'\(right)' is not a time; " + usage))
        }
        return .success((start, end))
    }

    static func arrowRange(_ line: Substring) -> Range<Substring.Index>? {
        let bytes = line.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "-") {
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == UInt8(ascii: "-") {
                    let third = bytes.index(after: second)
                    if third != bytes.endIndex, bytes[third] == UInt8(ascii: ">") {
                        return index..<bytes.index(after: third)
                    }
                }
            }
            bytes.formIndex(after: &index)
        }
        return nil
    }

    /// `<i>`, `<font color="…">` and `{\an8}` style overrides.
    static func stripTags(_ text: Substring) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "{") }) else {
            return String(text)
        }
        var result = ""
        var inside: Character?
        for character in text {
            if let open = inside {
                if (open == "<" && character == ">") || (open == "{" && character == "}") { inside = nil }
            } else if character == "<" || character == "{" {
                inside = character
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Lines without their terminators, for any of LF, CRLF or CR, a leading BOM dropped.
/// Split on UTF-8 bytes: CR and LF never occur inside a multi-byte character.
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        let bytes = body.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                bytes.formIndex(after: &index)
                continue
            }
            lines.append(body[start..<index])
            bytes.formIndex(after: &index)
            if byte == 0x0D, index != bytes.endIndex, bytes[index] == 0x0A { bytes.formIndex(after: &index) }
            start = index
        }
        if start != bytes.endIndex { lines.append(body[start...]) }
        return lines
    }
}

extension Substring {
    /// ASCII spaces and tabs are checked on bytes; other characters only when present.
    func trimmingWhitespace() -> Substring {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, bytes[start] == 0x20 || bytes[start] == 0x09 { bytes.formIndex(after: &start) }
        while end != start {
            let last = bytes.index(before: end)
            guard bytes[last] == 0x20 || bytes[last] == 0x09 else { break }
            end = last
        }
        let trimmed = self[start..<end]
        guard let first = trimmed.utf8.first, let last = trimmed.utf8.last, first >= 0x80 || last >= 0x80 else {
            return trimmed
        }
        let from = trimmed.firstIndex { !$0.isWhitespace } ?? trimmed.endIndex
        let to = trimmed.lastIndex { !$0.isWhitespace }.map(trimmed.index(after:)) ?? from
        return trimmed[from..<Swift.max(from, to)]
    }
}
