import Foundation
import Testing

/// `make install` puts the binary in PREFIX/bin and the content in PREFIX/share/spincoach;
/// this lays out the same tree and checks the binary finds its content from anywhere.
@Suite struct InstallTests {
    @Test func anInstalledBinaryReadsItsSharedContent() throws {
        let binary = try SpinCoachBinary()
        let prefix = binary.home.appending(path: "prefix")
        let manager = FileManager.default
        try manager.createDirectory(at: prefix.appending(path: "bin"), withIntermediateDirectories: true)
        try manager.createDirectory(at: prefix.appending(path: "share/spincoach"), withIntermediateDirectories: true)
        let installed = prefix.appending(path: "bin/spincoach")
        try manager.copyItem(at: SpinCoachBinary.executable, to: installed)
        let repository = SpinCoachBinary.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for folder in ["Scripts", "Personas"] {
            try manager.copyItem(
                at: repository.appending(path: folder), to: prefix.appending(path: "share/spincoach/\(folder)"))
        }
        let result = try binary.run(["scripts", "list", "--json"], executable: installed)
        #expect(result.status == 0)
        let scripts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(scripts.count >= 8)
        let sharePath = prefix.appending(path: "share/spincoach").path
        #expect(scripts.allSatisfy { ($0["file"] as? String)?.contains(sharePath) == true })
    }
}
