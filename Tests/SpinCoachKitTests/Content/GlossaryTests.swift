import Foundation
import Testing

@testable import SpinCoachKit

@Suite struct GlossaryTests {
    static let bundledFile = Bundled.library.glossaries[.chinese]!.file!
    static let bundledText = try! String(contentsOf: URL(filePath: bundledFile), encoding: .utf8)

    /// Problems other than the keys a short test file leaves out.
    static func syntaxProblems(_ text: String) -> [String] {
        Glossary(parsing: text, file: "zh.glossary").diagnostics.map(\.description).filter {
            !$0.contains("missing key")
        }
    }

    @Test func entriesHaveATermAndAnOptionalNote() throws {
        let glossary = Glossary(parsing: "# c\n[stance]\n  blocker =  对手拥护者 | 坚定支持竞争对手\nneutral=中立者\n", file: "g")
        let blocker = try #require(glossary.entry(.stance(.blocker)))
        #expect(blocker.term == "对手拥护者")
        #expect(blocker.note == "坚定支持竞争对手")
        #expect(blocker.position == SourcePosition(file: "g", line: 3, column: 14))
        #expect(glossary.entry(.stance(.neutral))?.note == nil)
    }

    @Test func mistakesArePinnedToLineAndColumn() {
        let text =
            "key = 前\n[stance]\nno equals here\n= 空\nblocker =\nbad key = 词\n[colours]\n[stance\n"
            + "[role]\ncoach = 教练\ncoach = 内线\nuser = 使用人 |\n[role]\nx = 死敌\n[avoid]\n死敌 = 对手拥护者\n"
        let lines = [
            "1:1: error: an entry before any [section] line",
            "3:1: error: expected `key = term` (no = on this line)",
            "4:1: error: the key before = is empty",
            "5:10: error: no term after = for 'blocker'",
            "6:1: error: key 'bad key' has a space; keys join words with hyphens (talk-share)",
            "7:2: error: unknown section 'colours'; the sections are "
                + GlossarySection.allCases.map(\.rawValue).joined(separator: ", "),
            "8:1: error: a section line is `[name]`; this one has no closing ]",
            "11:1: error: duplicate key 'coach' in [role] (first at line 10)",
            "12:12: error: empty note after | for 'user'; leave out the |",
            "13:1: error: section [role] appears twice (first at line 9)",
            "14:5: error: 'x' in [role] uses '死敌', which [avoid] replaces with '对手拥护者'",
        ]
        #expect(Self.syntaxProblems(text) == lines.map { "zh.glossary:" + $0 })
    }

    @Test func aMissingKeyIsNamedAtItsSection() throws {
        let line = try #require(Self.bundledText.split(separator: "\n").first { $0.hasPrefix("blocker =") })
        let stance =
            Self.bundledText.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex(of: "[stance]")! + 1
        let without = Glossary(parsing: Self.bundledText.replacing(line + "\n", with: ""), file: "zh.glossary")
        #expect(
            without.diagnostics.map(\.description) == [
                "zh.glossary:\(stance):1: error: missing key 'blocker' in [stance], which the interface shows (add it)"
            ])
        let noSection = Glossary(parsing: "[role]\n", file: "zh.glossary").diagnostics
        #expect(
            noSection.contains { $0.description.hasPrefix("zh.glossary:1:1: error: missing key 'blocker' in [stance]") }
        )
        #expect(noSection.count == GlossaryKey.required.count)
    }

    @Test func theBundledGlossaryHasEveryKeyAndNoProblems() {
        let glossary = Bundled.library.glossaries[.chinese]
        #expect(glossary?.diagnostics == [])
        #expect(GlossaryKey.required.allSatisfy { glossary?.entry($0) != nil })
    }

    @Test func theFirstFolderWithAGlossaryGivesItWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "glossary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = folder.appending(path: "user/Scripts/glossary")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        let edited = Self.bundledText.replacing("blocker = 对手拥护者", with: "blocker = 竞争对手的铁杆")
        try edited.write(to: user.appending(path: "zh.glossary"), atomically: true, encoding: .utf8)
        let library = ContentLibrary(roots: [folder.appending(path: "user"), Bundled.library.roots[0]], parts: [])
        #expect(library.terms(for: .chinese).name(of: Stance.blocker) == "竞争对手的铁杆")
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
    }

    @Test func chineseContentWithoutAGlossaryIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "glossary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scripts = folder.appending(path: "Scripts/zh")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        let source = Bundled.library.roots[0].appending(path: "Scripts/zh/erp-upgrade.spin")
        try FileManager.default.copyItem(at: source, to: scripts.appending(path: "erp-upgrade.spin"))
        let library = ContentLibrary(roots: [folder], parts: [])
        #expect(
            library.diagnostics.map(\.description) == [
                "error: no zh glossary: the zh interface needs Scripts/glossary/zh.glossary in a content folder"
            ])
        #expect(ContentLibrary(roots: [folder.appending(path: "none")], parts: []).diagnostics.isEmpty)
    }

    @Test func checkReadsAGlossaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "zh.glossary")
        try Self.bundledText.replacing("neutral = 中立者", with: "neutral 中立者").write(
            to: url, atomically: true, encoding: .utf8)
        let problems = ContentLibrary.check(files: [url], against: nil).map(\.description)
        #expect(problems.count == 2)
        #expect(problems.first?.contains("error: expected `key = term` (no = on this line)") == true)
        #expect(problems.last?.contains("missing key 'neutral' in [stance]") == true)
    }
}
