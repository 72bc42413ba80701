import Foundation
import SpinCoachKit
import Testing

@Suite struct ListCommandTests {
    let binary: SpinCoachBinary
    let good = SpinCoachBinary.fixtures.appending(path: "good").path
    init() throws { binary = try SpinCoachBinary() }

    @Test func scriptsListShowsContentFromAnExtraFolder() throws {
        let result = try binary.run(["scripts", "list", "--content", good], environment: ["COLUMNS": "200"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.contains { $0.hasPrefix("office-print ") && $0.contains("Managed printing for a law firm") })
    }

    @Test func scriptsListJSON() throws {
        let result = try binary.run(["scripts", "list", "--json", "--content", good, "--lang", "en"])
        #expect(result.status == 0)
        let scripts = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let office = try #require(scripts.first { $0["id"] as? String == "office-print" })
        #expect((office["questions"] as? [String: Int])?["situation"] == 1)
        #expect(scripts.allSatisfy { $0["language"] as? String == "en" })
    }

    @Test func personasListAndShow() throws {
        let list = try binary.run(["personas", "list", "--content", good])
        #expect(list.status == 0)
        #expect(list.stdout.contains("dana-okafor"))
        let listJSON = try binary.run(["personas", "list", "--json", "--lang", "en", "--content", good])
        let listed = try #require(
            try JSONSerialization.jsonObject(with: Data(listJSON.stdout.utf8)) as? [[String: Any]])
        #expect(listed.contains { $0["id"] as? String == "dana-okafor" && $0["role"] as? String == "user" })
        #expect(listed.allSatisfy { $0["language"] as? String == "en" })
        let show = try binary.run(["personas", "show", "dana-okafor", "--content", good])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Dana Okafor (dana-okafor)"))
        #expect(show.stdout.contains("I need printers that just work on deadline days."))
        let json = try binary.run(["personas", "show", "dana-okafor", "--json", "--content", good])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["role"] as? String == "user")
        #expect((object["disc"] as? [String: Any])?["primary"] as? String == "S")
    }

    @Test func showingAnUnknownPersonaFailsListingWhatExists() throws {
        let result = try binary.run(["personas", "show", "dana-okafr", "--content", good])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no persona has the id 'dana-okafr'; did you mean dana-okafor?\n"))
        // Every persona there is, the extra folder's and the bundled ones, in the order they are listed.
        let every = ContentLibrary(roots: [URL(filePath: good), FixtureContent.repository], parts: .personas)
            .personas.map(\.id).joined(separator: ", ")
        #expect(result.stderr.contains("available: \(every)\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage:"))
        let far = try binary.run(["personas", "show", "nobody", "--content", good])
        #expect(far.status == 1)
        #expect(!far.stderr.contains("did you mean"))
    }

    @Test func userFilesOverrideBundledOnesAndBrokenOnesAreSkipped() throws {
        try writeDanaOverride()
        _ = try binary.write("id: [broken\n", to: "Personas/en/broken.yaml", under: binary.configDirectory)
        let result = try binary.run(["personas", "list", "--content", good])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Dana Okafor"))
        #expect(!result.stdout.contains("Dana Override"), "--content outranks the user's folder")
        let env = try binary.run(["personas", "list"], environment: ["SPINCOACH_CONTENT": good])
        #expect(env.stdout.contains("dana-okafor"))
        // A skipped user file is a warning: the command still succeeds.
        #expect(env.status == 0)
        #expect(env.stderr.contains("broken.yaml:2:1: warning: YAML syntax error"))
        #expect(env.stderr.contains("(skipped)"))
    }

    @Test func userFolderOverridesBundledByID() throws {
        try writeDanaOverride()
        _ = try binary.write(
            try String(
                contentsOf: URL(filePath: good).appending(path: "Scripts/en/office-print.spin"), encoding: .utf8),
            to: "Scripts/en/office-print.spin", under: binary.configDirectory)
        let result = try binary.run(["personas", "show", "dana-okafor"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Dana Override (dana-okafor)"))
    }

    /// The fixture persona renamed "Dana Override", in the user's own folder.
    private func writeDanaOverride() throws {
        let persona = try String(
            contentsOf: URL(filePath: good).appending(path: "Personas/en/dana-okafor.yaml"), encoding: .utf8)
        _ = try binary.write(
            persona.replacingOccurrences(of: "name: Dana Okafor", with: "name: Dana Override"),
            to: "Personas/en/dana.yaml", under: binary.configDirectory)
    }
}
