import Foundation
import SpinCoachKit

/// The fixture personas and scripts the logic tests play against
/// (`Tests/SpinCoachKitTests/Fixtures/content`; see its README), for the end-to-end tests.
///
/// A test that quotes what a buyer or a script says runs the binary with `option` and a
/// fixture persona (`fixture-en-d`, `fixture-en-c`, `fixture-en-i`, `fixture-zh-d`), so
/// editing the bundled `Personas/` and `Scripts/` breaks none of them. The binary reads the
/// fixtures before the bundled content, which it still runs on (cue lists, lexicons, glossaries).
/// Tests about the product as shipped stay on the bundled content.
enum FixtureContent {
    /// The repository, whose `Personas/` and `Scripts/` are the bundled content.
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let folder = repository.appending(path: "Tests/SpinCoachKitTests/Fixtures/content")

    /// `--content` with the fixture folder, for a command's arguments.
    static let option = ["--content", folder.path]

    /// What the binary reads with `option`: the fixtures first, then the bundled content.
    static let library = ContentLibrary(roots: [folder, repository])

    static func persona(_ id: String) -> Persona {
        guard let persona = library.persona(id: id), id.hasPrefix("fixture-") else {
            fatalError("no fixture persona \(id)")
        }
        return persona
    }

    /// The ids of the buyers in `language`, in the order the binary lists and numbers them.
    static func personaIDs(_ language: ContentLanguage) -> [String] {
        library.personas.filter { $0.language == language }.map(\.id)
    }

    /// The scripts in `language` in the order `prep` numbers them, so a test can pick one by number.
    static func scriptIDs(_ language: ContentLanguage) -> [String] {
        library.scripts.filter { $0.language == language }.map(\.id)
    }

    /// The number `prep` (or the pick list) gives `id` among `ids`, counting from 1.
    static func number(of id: String, in ids: [String]) -> Int {
        guard let index = ids.firstIndex(of: id) else { fatalError("\(id) is not listed") }
        return index + 1
    }
}
