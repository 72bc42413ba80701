import Foundation
import Testing

@testable import SpinCoachKit

/// The glossary's `[typography]` conventions hold for every Chinese interface string (the
/// code's literals and what the interface renders) and for all bundled Chinese content.
@Suite struct GlossaryTypographyTests {
    static let root = Bundled.library.roots[0]

    @Test(arguments: [
        "开场: 你好", "韩振东, 副总经理", "背景2 (25%)", "背景 0、难点 2", "“好了。” 现在", "销售 43%", "D型，次要 S型", "D 支配型",
        "DISC 匹配", "二〇一六年上线", "第九十百分位", "P90延迟", "25.6千赫兹", "2-8℃冷藏", "一点二亿", "等等...", "「好」",
    ])
    func eachConventionCatchesItsBreach(text: String) {
        #expect(!ChineseTypography.violations(in: text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "D型（支配型）", "DISC匹配", "销售占43%", "输入 /help 查看命令", "背景2、难点1", "2～8℃", "58/100", "第90百分位",
        "25.6kHz", "  职务      副总经理", "介绍产品1次，需求-效益问题0次", "十点半开会", "“……”现在", "-25～-15℃",
        "适用话术：soe-equipment", "问题 problem.downtime 在这里", "信任是一点一点攒起来的", "运行 spincoach assess --restart 重新开始",
        "请运行 spincoach check 检查内容", "输入 ? 直接采用示范问题", "Not 价格 alone: prices are a problem",
    ])
    func conformingTextPasses(text: String) {
        #expect(ChineseTypography.violations(in: text).isEmpty, "\(text): \(ChineseTypography.violations(in: text))")
    }

    @Test func theCodesChineseStringsFollowTheConventions() {
        for (place, text) in TermsTests.literals {
            let found = ChineseTypography.violations(in: text)
            #expect(found.isEmpty, "\(place): \(found)")
        }
    }

    @Test func theRenderedChineseInterfaceFollowsTheConventions() {
        #expect(ChineseInterface.screens.count > 100)
        for (name, text) in ChineseInterface.screens {
            let found = ChineseTypography.violations(in: text)
            #expect(found.isEmpty, "\(name): \(found)")
        }
    }

    /// Every string a persona or script holds, by its path in the value.
    static func strings(in value: Any, path: String) -> [(String, String)] {
        if let text = value as? String { return [(path, text)] }
        let mirror = Mirror(reflecting: value)
        return mirror.children.enumerated().flatMap { offset, child in
            strings(in: child.value, path: path + "." + (child.label ?? "\(offset)"))
        }
    }

    @Test func theBundledChinesePersonasAndScriptsFollowTheConventions() {
        let personas = Bundled.library.personas.filter { $0.language == .chinese }
        let scripts = Bundled.library.scripts.filter { $0.language == .chinese }
        #expect(personas.count >= 7 && scripts.count >= 4)
        let texts =
            personas.flatMap { Self.strings(in: $0, path: $0.id) }
            + scripts.flatMap { Self.strings(in: $0, path: $0.id) }
        #expect(texts.count > 1000)
        for (path, text) in texts where !path.hasSuffix(".origin.file") {
            let found = ChineseTypography.violations(in: text)
            #expect(found.isEmpty, "\(path): \(found)")
        }
    }

    /// The lexicon's terms and comments, the cue list's comments (its cue lines are patterns),
    /// the self-assessment's statements and the glossary's terms and notes (its [typography]
    /// notes quote what not to write).
    @Test(arguments: [
        "Scripts/lexicon/zh.lex", "Scripts/cues/zh.cues", "Scripts/glossary/zh.glossary", "Scripts/assess/zh.assess",
    ])
    func theBundledChineseListsFollowTheConventions(file: String) throws {
        let text = try String(contentsOf: Self.root.appending(path: file), encoding: .utf8)
        var section = ""
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("[") { section = String(line) }
            let isComment = line.hasPrefix("#")
            guard isComment || !file.hasSuffix(".cues"), !(file.hasSuffix(".glossary") && section == "[typography]")
            else { continue }
            let prose = isComment ? String(line.dropFirst().drop { $0 == " " }) : String(line)
            let pieces = isComment ? [prose] : prose.split(whereSeparator: { "=|:：,，、".contains($0) }).map(String.init)
            for piece in pieces {
                let found = ChineseTypography.violations(in: piece.trimmingCharacters(in: .whitespaces))
                #expect(found.isEmpty, "\(file):\(number + 1): \(found)")
            }
        }
    }
}
