/// SubRip subtitles: numbered blocks of a timing line and text, separated by blank
/// lines, with or without `Name:` speaker prefixes. Formatting tags are dropped.
enum SRTParser {
    static func parse(_ text: String) -> Result<[Utterance], ParseFailure> {
        let lines = TextLines.split(text)
        var utterances: [Utterance] = []
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
            } else if !first.contains("-->") {
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
                if words.isEmpty, let prefixed = SpeakerName.splitPrefix(content) {
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
        guard let arrow = line.range(of: "-->") else { return .failure(ParseFailure(line: number, column: 1, usage)) }
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

    /// `<i>`, `<font color="…">` and `{\an8}` style overrides.
    static func stripTags(_ text: Substring) -> String {
        guard text.contains("<") || text.contains("{") else { return String(text) }
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
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
