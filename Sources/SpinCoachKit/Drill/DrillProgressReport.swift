import Foundation

/// Drill progress as a table: per skill, rounds answered, score, streak and items due.
public enum DrillProgressReport {
    public static func render(_ progress: [SkillProgress], terms: Terms, width: Int, indent: Int = 0) -> String {
        let phrases = DrillPhrases(terms: terms)
        let headers = [
            terms.term("SKILL", .drill(.skill)), terms.term("ROUNDS", .drill(.answered)),
            terms.term("SCORE", .drill(.score)), terms.term("STREAK", .drill(.streak)), terms.term("DUE", .drill(.due)),
        ]
        let rows = progress.map { skill in
            [
                phrases.skillName(skill.skill), "\(skill.answered)", skill.score.map { "\($0)%" } ?? "–",
                "\(skill.streak)", "\(skill.due)",
            ]
        }
        return TextLayout.table(TextTable(headers: headers, rows: rows, indent: indent), width: width)
    }

    /// For `history`: each drilling rep's skills, in English; empty when nobody has drilled.
    public static func render(
        _ records: [DrillRecord], rep: String?, at time: Date, calendar: Calendar, style: ReportStyle
    ) -> String {
        reps(in: records, matching: rep).map { name in
            let schedule = DrillSchedule(records: records, rep: name, calendar: calendar)
            return style.heading(name.terminalLine) + ": drills\n"
                + render(schedule.progress(at: time), terms: .english, width: style.width, indent: 2)
        }
        .joined(separator: "\n")
    }

    /// Every rep with drill rounds (or just `rep`, in any case), by name as last written.
    public static func reps(in records: [DrillRecord], matching rep: String?) -> [String] {
        var seen: [String: String] = [:]
        var order: [String] = []
        for record in records where rep.map({ record.header.rep.lowercased() == $0.lowercased() }) ?? true {
            let key = record.header.rep.lowercased()
            if seen[key] == nil { order.append(key) }
            seen[key] = record.header.rep
        }
        return order.compactMap { seen[$0] }
    }
}
