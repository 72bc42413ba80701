import Foundation

/// The `<id>.jsonl` files in a data folder, as found on disk.
struct SessionFileList {
    static let fileExtension = "jsonl"

    var id: String
    var url: URL
    /// Taken when listed, before reading: if the file grows meanwhile, the index sees a
    /// size that no longer matches and simply reads it again next time.
    var size: Int

    static func url(for id: String, in directory: URL) -> URL {
        directory.appending(path: "\(id).\(fileExtension)")
    }

    /// Files with names that are not session ids are reported, not read.
    static func list(in directory: URL, problems: inout [SessionStoreError]) throws -> [SessionFileList] {
        let urls: [URL]
        do {
            urls = try FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey])
        } catch {
            throw SessionStoreError.unreadableFile(path: directory.path, reason: JSONLogFile.describe(error))
        }
        var files: [SessionFileList] = []
        for url in urls where url.pathExtension == fileExtension {
            let id = url.deletingPathExtension().lastPathComponent
            guard SessionID.isValid(id) else {
                problems.append(
                    .unreadableFile(path: url.path, reason: "the name is not a session id (\(SessionID.rule))"))
                continue
            }
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            files.append(SessionFileList(id: id, url: url, size: values?.fileSize ?? 0))
        }
        return files.sorted { $0.id < $1.id }
    }

    /// The file's row; a file with a bad line is indexed as far as its good lines go.
    func info() throws(SessionStoreError) -> SessionListing {
        do {
            let record = try SessionLogReader.read(url, expectedID: id)
            return SessionListing(record: record, path: url.path, logSize: size)
        } catch .malformedLine(let malformed) {
            guard let readSoFar = malformed.readSoFar else { throw .malformedLine(malformed) }
            return SessionListing(record: readSoFar, path: url.path, logSize: size, problem: malformed.description)
        }
    }
}
