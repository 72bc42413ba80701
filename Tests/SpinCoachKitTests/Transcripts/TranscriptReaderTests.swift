import Foundation
import Testing

@testable import SpinCoachKit

/// Each kind of bad input gets a message naming the file (and line and column where they
/// mean something), and never makes the reader hold more than its limits.
@Suite struct TranscriptReaderTests {
    let directory: TemporaryDirectory
    init() throws { directory = try TemporaryDirectory() }

    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = directory.url.appending(path: name)
        try Data(bytes).write(to: url)
        return url
    }

    func problem(_ url: URL) -> TranscriptProblem? {
        do {
            _ = try TranscriptImporter().read(url)
            return nil
        } catch {
            return error
        }
    }

    @Test func binaryFile() throws {
        let url = try file("call.txt", Array("Ann: hi\n\u{89}PNG".utf8) + [0, 0, 13, 73, 72, 68, 82])
        let found = try #require(problem(url))
        #expect(found.line == 2 && found.column == 5)
        #expect(found.message.hasPrefix("a binary file"))
        #expect(found.description.hasPrefix(url.path + ":2:5: "))
    }

    @Test func invalidUTF8() throws {
        let url = try file("call.srt", Array("1\n00:00:01,000 --> 00:00:02,000\nAnn: caf".utf8) + [0xE9, 0x21])
        let found = try #require(problem(url))
        #expect(found.line == 3 && found.column == 9)
        #expect(found.message.contains("not valid UTF-8"))
    }

    @Test func emptyFile() throws {
        let found = try #require(problem(try file("call.vtt", [])))
        #expect(found.line == nil && found.message.contains("empty"))
    }

    @Test func noSpeechInAValidFile() throws {
        let found = try #require(problem(try file("call.vtt", Array("WEBVTT\n\nNOTE nothing here\n".utf8))))
        #expect(found.message == "no speech found in this WebVTT file")
    }

    /// A 100 MB single line: refused from its size before anything is read into memory.
    @Test func hundredMegabyteLine() throws {
        let url = directory.url.appending(path: "huge.txt")
        try #require(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        try handle.close()
        let found = try #require(problem(url))
        #expect(found.message.contains("104.9 MB") && found.message.contains("at most 16 MiB"))
    }

    /// Within the file limit, a line over 1 MiB is still refused by its line number.
    @Test func overlongLine() throws {
        let line = [UInt8](repeating: UInt8(ascii: "b"), count: 2 << 20)
        let found = try #require(problem(try file("long.txt", Array("Ann: hi\n".utf8) + line + [10])))
        #expect(found.line == 2 && found.message.contains("2.1 MB long"))
    }

    /// Reading stops one byte past the limit, whatever the file's size claims.
    @Test func readingIsBounded() throws {
        let url = directory.url.appending(path: "big.txt")
        try #require(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data(repeating: UInt8(ascii: "c"), count: TranscriptReader.maximumFileBytes + 10))
        try handle.close()
        #expect(throws: TranscriptProblem.self) { try TranscriptReader.bytes(of: url) }
    }

    @Test func unreadableFile() throws {
        let found = try #require(problem(directory.url.appending(path: "missing.vtt")))
        #expect(found.message.hasPrefix("cannot read"))
    }

    @Test func invalidJSONNamesItsPlace() throws {
        let found = try #require(problem(try file("call.json", Array("{\n  \"segments\": [,]\n}".utf8))))
        #expect(found.line != nil && found.message.hasPrefix("not valid JSON"))
        let unknown = try #require(problem(try file("other.json", Array("{\"hello\": 1}".utf8))))
        #expect(unknown.message.contains("no transcript in it"))
    }
}
