import Foundation

/// Reads a plan written by `PlanMarkdown` back, after the rep may have edited it.
/// A line it cannot place is an error naming its line and column.
public struct PlanMarkdownReader {
    let file: String
    private var plan: CallPlan
    private var labels: PlanMarkdown.Labels
    private var section: String?
    private var subsection: String?
    private var sequence: [(question: PlannedQuestion, line: Int)] = []

    private init(file: String, language: ContentLanguage) {
        self.file = file
        plan = CallPlan(language: language)
        labels = PlanMarkdown.Labels(language: language)
    }

    public static func read(_ text: String, file: String) throws(ContentError) -> CallPlan {
        // "\r\n" is one Character, so splitting on every newline handles files from Windows too.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let header = try frontMatter(lines, file: file)
        var reader = PlanMarkdownReader(file: file, language: header.language)
        reader.plan.persona = header.fields["persona"]
        reader.plan.script = header.fields["script"]
        reader.plan.isComplete = header.fields["status"] == "complete"
        for (offset, line) in lines.enumerated().dropFirst(header.bodyStart) {
            try reader.take(line, number: offset + 1)
        }
        return try reader.finished()
    }

    private static func frontMatter(_ lines: [String], file: String) throws(ContentError)
        -> (language: ContentLanguage, fields: [String: String], bodyStart: Int)
    {
        func fail(_ line: Int, _ message: String) -> ContentError {
            ContentError([Diagnostic(file: file, line: line, column: 1, message: message)])
        }
        guard lines.first == "---" else {
            throw fail(1, "not a SpinCoach plan: it must start with a '---' line (made by `spincoach prep`)")
        }
        var fields: [String: String] = [:]
        var index = 1
        while index < lines.count, lines[index] != "---" {
            if lines[index].allSatisfy(\.isWhitespace) {
                index += 1
                continue
            }
            let parts = lines[index].split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, ["spincoach-plan", "language", "persona", "script", "status"].contains(parts[0])
            else {
                throw fail(
                    index + 1, "expected 'key: value' with a key spincoach-plan, language, persona, script or status")
            }
            fields[parts[0]] = parts[1]
            index += 1
        }
        guard index < lines.count else { throw fail(1, "the front matter that starts here has no closing '---' line") }
        guard let version = fields["spincoach-plan"].flatMap(Int.init) else {
            throw fail(1, "the front matter needs 'spincoach-plan: \(CallPlan.formatVersion)'")
        }
        guard version <= CallPlan.formatVersion else {
            throw fail(1, "plan format \(version) is newer than this spincoach reads (\(CallPlan.formatVersion))")
        }
        guard let language = fields["language"].flatMap(ContentLanguage.init(rawValue:)) else {
            throw fail(1, "the front matter needs 'language: en' or 'language: zh'")
        }
        if let status = fields["status"], status != "complete", status != "partial" {
            throw fail(1, "status must be complete or partial, not '\(status)'")
        }
        return (language, fields, index + 1)
    }

    private func error(_ line: Int, column: Int = 1, _ message: String) -> ContentError {
        ContentError([Diagnostic(file: file, line: line, column: column, message: message)])
    }

    private var sections: [String] {
        [
            labels.buyerSection, labels.knownSection, labels.droppedSection, labels.sequenceSection,
            labels.problemsSection, labels.rapportSection, labels.objectionsSection, labels.advanceSection,
            labels.redFlagsSection,
        ]
    }

    private mutating func take(_ line: String, number: Int) throws(ContentError) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || line.hasPrefix("# ") { return }
        if line.hasPrefix("## ") {
            let title = String(line.dropFirst(3))
            guard sections.contains(title) else {
                throw error(
                    number, column: 4,
                    "unknown section '\(title)'; expected one of: \(sections.joined(separator: ", "))")
            }
            (section, subsection) = (title, nil)
            return
        }
        if line.hasPrefix("### ") {
            let title = String(line.dropFirst(4))
            let allowed = subsections(of: section)
            guard allowed.contains(title) else {
                throw error(
                    number, column: 5,
                    "unknown part '\(title)' here; expected one of: \(allowed.joined(separator: ", "))")
            }
            subsection = title
            return
        }
        guard let section else { throw error(number, "text before the first '## ' section") }
        try PlanMarkdownItems(labels: labels, file: file).take(
            line, number: number, section: section, subsection: subsection, plan: &plan, sequence: &sequence)
    }

    private func subsections(of section: String?) -> [String] {
        if section == labels.sequenceSection { return UtteranceLabel.spin.map(labels.sequence) }
        if section == labels.rapportSection { return [labels.dos, labels.donts, labels.yourStyle] }
        return []
    }

    /// Puts each planned question under its problem, now that all problems are known.
    private func finished() throws(ContentError) -> CallPlan {
        var plan = plan
        for (question, line) in sequence {
            guard let number = question.problem else {
                if question.type == .situation {
                    plan.situation.append(question.text)
                    continue
                }
                throw error(
                    line, column: 3,
                    "a \(question.type.rawValue) question needs the number of its problem, as in \(labels.problemTag(1))"
                )
            }
            guard plan.problems.indices.contains(number - 1) else {
                throw error(
                    line, column: 3, "there is no suspected problem \(number) (the plan lists \(plan.problems.count))")
            }
            switch question.type {
            case .problem: plan.problems[number - 1].problemQuestion = question.text
            case .implication: plan.problems[number - 1].implication = question.text
            default: plan.problems[number - 1].needPayoff = question.text
            }
        }
        return plan
    }
}
