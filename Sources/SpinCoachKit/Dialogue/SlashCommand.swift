import Foundation

/// The slash commands a rep can type during a practice call. This one list gives
/// the parser, the /help table, Tab completion and the brief's command line, so
/// they cannot drift apart.
public enum SlashCommand: String, CaseIterable, Sendable {
    case hint, why, stage, advice, score, undo, notes, end, help, quit

    /// What the rep types: `/hint`.
    public var name: String { "/" + rawValue }

    /// Other spellings that run the same command.
    public var aliases: [String] { self == .notes ? ["/note"] : [] }

    /// Every spelling, for Tab completion.
    public static var completions: [String] { allCases.flatMap { [$0.name] + $0.aliases } }

    /// The command with its argument, if it takes one: `/notes TEXT`.
    public func usage(in language: ContentLanguage) -> String {
        self == .notes ? name + " " + language.text("TEXT", "文字") : name
    }

    /// What the command does, in a few words.
    public func summary(in language: ContentLanguage) -> String {
        switch self {
        case .hint: language.text("a next question", "下一个可以问的问题")
        case .why: language.text("how the buyer understood your last line", "客户是怎么理解你上一句的")
        case .stage: language.text("where the call is", "当前阶段")
        case .advice: language.text("DISC advice for this buyer", "针对这位客户的DISC建议")
        case .score: language.text("the running tally", "目前的统计")
        case .undo: language.text("take back your last line", "撤回上一句")
        case .notes: language.text("a note in the log", "记一条笔记")
        case .end: language.text("end with the scorecard", "结束并看评分卡")
        case .help: language.text("this list", "这份命令列表")
        case .quit: language.text("leave now", "直接退出")
        }
    }

    /// `/hint /stage … /notes TEXT … /quit`, for the brief and the command's help.
    public static func commandLine(in language: ContentLanguage) -> String {
        allCases.map { $0.usage(in: language) }.joined(separator: " ")
    }

    /// The /help screen: each command and what it does, in aligned columns.
    public static func helpTable(in language: ContentLanguage, width: Int) -> String {
        var rows = allCases.map { [$0.usage(in: language), $0.summary(in: language)] }
        rows.append(["Ctrl-D", language.text("ends the call", "结束拜访")])
        rows.append(["Ctrl-C", language.text("clears the line", "清空当前行")])
        return TextLayout.table(TextTable(rows: rows), width: width)
    }

    /// What a line starting with `/` asks for.
    public enum Parsed: Equatable, Sendable {
        /// A command for the call itself.
        case call(CallCommand)
        case help
        /// The command needs an argument the line did not give.
        case missingArgument(SlashCommand)
        /// No command has this name (the first word, lowercased).
        case unknown(String)
    }

    /// Reads a line such as `/notes call back Tuesday`; the name is not case-sensitive.
    public static func parse(_ line: String) -> Parsed {
        let word = String(line.prefix { !$0.isWhitespace })
        let name = word.lowercased()
        let argument = line.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        guard let command = allCases.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
            return .unknown(name)
        }
        switch command {
        case .hint: return .call(.hint)
        case .why: return .call(.why)
        case .stage: return .call(.stage)
        case .advice: return .call(.advice)
        case .score: return .call(.score)
        case .undo: return .call(.undo)
        case .end: return .call(.end)
        case .quit: return .call(.quit)
        case .help: return .help
        case .notes: return argument.isEmpty ? .missingArgument(.notes) : .call(.note(argument))
        }
    }
}
