import Foundation

/// The `[typography]` conventions of `Scripts/glossary/zh.glossary`, as checks on one text.
/// Only lines with a Chinese character are judged; a line's leading spaces are layout, and
/// a gap of two or more spaces is a table's column gap, not spacing inside a sentence.
enum ChineseTypography {
    struct Violation: CustomStringConvertible {
        var rule: String
        var line: String
        var description: String { "\(rule): \(line)" }
    }

    static let fullWidthPunctuation = Set("，。、；：？！“”‘’（）《》〈〉【】…—～")
    static let asciiPunctuation = Set(",;:?!()[]\"")

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
                || scalar.value == 0x3007
        }
    }

    static func isChinese(_ character: Character) -> Bool {
        isHan(character) || fullWidthPunctuation.contains(character)
    }

    /// Commands, options, ids, paths and cue syntax, which keep their ASCII form and one space either side.
    static func isCode(_ token: Substring) -> Bool {
        // `spincoach` starts a command the user types: `输入 spincoach check 检查`.
        if token.hasPrefix("/") || token.hasPrefix("--") || token.contains("://") || token == "spincoach" {
            return true
        }
        if (token.hasPrefix("-") || token.hasPrefix(".")) && token.dropFirst().first?.isLetter == true { return true }
        if token.contains(where: { "$^*|_<>@#".contains($0) }) { return true }
        let hasLetter = token.contains { $0.isASCII && $0.isLetter }
        let joined = token.indices.dropFirst().contains { index in
            "-.:".contains(token[index]) && token[token.index(before: index)].isLetter
        }
        return hasLetter && joined
    }

    /// Each Latin run (no spaces, no Chinese) of a line, with whether it is code.
    private static func latinRuns(_ line: Substring) -> [(range: Range<String.Index>, code: Bool)] {
        var runs: [(range: Range<String.Index>, code: Bool)] = []
        var start: String.Index?
        for index in line.indices {
            let character = line[index]
            let inRun = !character.isWhitespace && !isChinese(character) && character != SwiftStringLiterals.hole
            if inRun, start == nil { start = index }
            if !inRun, let begun = start {
                runs.append((begun..<index, isCode(line[begun..<index])))
                start = nil
            }
        }
        if let begun = start { runs.append((begun..<line.endIndex, isCode(line[begun..<line.endIndex]))) }
        // A lone `?` between spaces is something to type: `输入 ? 采用示范问题`.
        for index in runs.indices where line[runs[index].range].allSatisfy({ $0.isASCII && $0.isPunctuation }) {
            let range = runs[index].range
            let spaced =
                (range.lowerBound == line.startIndex || line[line.index(before: range.lowerBound)] == " ")
                && (range.upperBound == line.endIndex || line[range.upperBound] == " ")
            if spaced { runs[index].code = true }
        }
        // The words after `spincoach`, one space apart, are the rest of the command.
        for index in runs.indices.dropFirst() where runs[index - 1].code {
            let gap = line[runs[index - 1].range.upperBound..<runs[index].range.lowerBound]
            if gap == " " && line[runs[index - 1].range].first?.isLetter == true { runs[index].code = true }
        }
        return runs
    }

    static func violations(in text: String) -> [Violation] {
        // Code in backticks is quoted as it is typed.
        let text = text.replacing(/`[^`\n]*`/, with: String(SwiftStringLiterals.hole))
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [Violation] in
            // A line is Chinese text when it has at least as many Chinese characters as Latin
            // words: an English sentence that quotes a Chinese word is judged by English rules.
            let latinWords = line.split { !($0.isASCII && $0.isLetter) }.count
            let englishRun = line.contains(/[A-Za-z']+ [A-Za-z']+ [A-Za-z']+/)
            guard line.filter(isHan).count >= max(latinWords, 1), !englishRun else { return [] }
            var found: [String] = []
            let characters = Array(line)
            let runs = latinRuns(line)
            func inCode(_ offset: Int) -> Bool {
                let index = line.index(line.startIndex, offsetBy: offset)
                return runs.contains { $0.code && $0.range.contains(index) }
            }
            // Indentation and a list marker (`  + `, `  1. `, `  · `) are layout.
            let marker = line.firstMatch(of: /^ *(?:(?:[-+·]|[0-9]+\.) +)?/)
            let indent = marker.map { line.distance(from: line.startIndex, to: $0.range.upperBound) } ?? 0
            for (offset, character) in characters.enumerated() {
                let before = offset > 0 ? characters[offset - 1] : nil
                let after = offset + 1 < characters.count ? characters[offset + 1] : nil
                if asciiPunctuation.contains(character) && !inCode(offset) {
                    let betweenDigits = before?.isNumber == true && after?.isNumber == true && ":,".contains(character)
                    if !betweenDigits {
                        found.append("ASCII '\(character)' in Chinese text: use full-width punctuation")
                    }
                }
                if character == "\u{3000}" { found.append("an ideographic space") }
                if character == " " && offset >= indent {
                    let single = before != " " && after != " "
                    if let before, let after, single {
                        if fullWidthPunctuation.contains(before) || fullWidthPunctuation.contains(after) {
                            found.append("a space beside full-width punctuation")
                        } else if isHan(before) && after.isASCII && !after.isWhitespace && !inCode(offset + 1)
                            || isHan(after) && before.isASCII && !inCode(offset - 1)
                        {
                            found.append("a space between Chinese and Latin letters or numerals")
                        }
                    }
                }
                if "「」『』".contains(character) { found.append("corner quotes: use “”") }
                if "０１２３４５６７８９％ＡＢＣＤＩＳ".contains(character) { found.append("a full-width letter or digit") }
                if character == "…" && before != "…" && after != "…" { found.append("a single …: write ……") }
                if character == "—" && before != "—" && after != "—" { found.append("a single —: write ——") }
            }
            let joined = String(line)
            for (pattern, rule) in numeralRules where joined.range(of: pattern, options: .regularExpression) != nil {
                found.append(rule)
            }
            return found.map { Violation(rule: $0, line: String(line)) }
        }
    }

    /// The numeral and unit conventions, as patterns that find a breach.
    static let numeralRules: [(String, String)] = [
        ("[〇零一二三四五六七八九]{4}年", "a year in Chinese numerals: write 2016年"),
        ("第[一二三四五六七八九十百]+百分位", "a percentile in Chinese numerals: write 第90百分位"),
        ("(^|[^A-Za-z])P[0-9]{2}($|[^0-9])", "P90 in Chinese text: write 第90百分位"),
        ("百分之[一二三四五六七八九十百零点几]", "a percentage in words: write 88%"),
        // Not 一点一点 (little by little).
        ("[一二三四五六七八九十两]点[一二三四五六七八九零](?!点)", "a decimal in Chinese numerals: write 1.2"),
        ("千赫兹|摄氏度|零下", "a unit in words: write kHz, ℃, -25℃"),
        ("[0-9] +(kHz|Hz|kW|mm|℃|%)", "a space between a figure and its unit"),
        ("[0-9][~〜][0-9]|[0-9]-[0-9]+(\\.[0-9]+)?(℃|%|[\\x{4e00}-\\x{9fff}])", "a range with ~ or -: write 2～8℃"),
        ("\\.\\.\\.|。。。", "dots for an ellipsis: write ……"),
    ]
}
