import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium loads it and draws it to a PNG.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed (make deps installs it)"))
struct ReviewHTMLRenderTests {
    @Test func chromiumLoadsAndDrawsThePage() throws {
        let binary = try SpinCoachBinary()
        let page = binary.home.appending(path: "review.html")
        let review = try binary.run([
            "review", ReviewCommandTests.meeting("turnchunk_renewal-call.vtt"), "--format", "html", "--output",
            page.path,
        ])
        #expect(review.status == 0, "\(review.stderr)")
        let dom = try Chromium.run(["--dump-dom", page.absoluteString])
        // The browser parsed the page: its own serialisation has the sections and the SVG charts.
        #expect(dom.contains("<h2>Call review: "))
        #expect(dom.contains("<svg") && dom.contains("<rect"))
        #expect(dom.contains("Priya Raman"))
        let png = binary.home.appending(path: "review.png")
        _ = try Chromium.run(["--screenshot=\(png.path)", "--window-size=1000,1800", page.absoluteString])
        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // The PNG header's width and height are the window's.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1000 && height == 1800)
        #expect(bytes.count > 20_000)
    }
}

enum Chromium {
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Headless, without the sandbox (tests may run as root) and without a GPU; stdout returned.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: executable ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
