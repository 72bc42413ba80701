import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sessions hold what a rep said to a practice buyer, so the folder is kept
/// owner-only (0700) and every file in it 0600, whatever the umask.
enum PrivateFiles {
    static let directoryMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// Creates the folder (and any missing parents) and tightens it if group or others have access.
    static func prepareDirectory(_ url: URL) throws(SessionStoreError) {
        let path = url.path
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .unwritableFile(path: path, reason: error.localizedDescription)
        }
        if mkdir(path, directoryMode) != 0, errno != EEXIST {
            throw .unwritableFile(path: path, reason: lastError())
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw .unwritableFile(path: path, reason: lastError()) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .unwritableFile(path: path, reason: "not a folder") }
        if status.st_mode & 0o077 != 0, chmod(path, directoryMode) != 0 {
            throw .unwritableFile(path: path, reason: "cannot make it private: \(lastError())")
        }
    }

    /// Opens a new file for appending; fails rather than touch one that exists.
    static func createNewFile(_ url: URL) throws(SessionStoreError) -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .sessionExists(path: url.path) }
            throw .unwritableFile(path: url.path, reason: lastError())
        }
        fchmod(descriptor, fileMode)
        return descriptor
    }

    /// Writes `data` to a private temporary file beside `url`, then renames it over: a crash
    /// or a full disk leaves the old file or the new one, never a mix. The new file is 0600
    /// whatever the umask; the folder is left as it is (it may be the user's own).
    static func replace(_ url: URL, with data: Data) throws(SessionStoreError) {
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(getpid()).tmp")
        unlink(temporary.path)
        // Problems are reported against the file the user named, not the temporary one.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw .unwritableFile(path: url.path, reason: lastError()) }
        fchmod(descriptor, fileMode)
        do {
            try append(data, to: descriptor, path: url.path)
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary.path, url.path) == 0 else {
            let reason = lastError()
            unlink(temporary.path)
            throw .unwritableFile(path: url.path, reason: reason)
        }
    }

    /// Creates the file empty if missing, and tightens it if group or others have access.
    static func preparePrivateFile(_ url: URL) throws(SessionStoreError) {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw .unwritableFile(path: url.path, reason: lastError()) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & 0o077 != 0 {
            fchmod(descriptor, fileMode)
        }
    }

    /// One `write` call per chunk straight to the OS: nothing waits in a user-space
    /// buffer, so a killed process loses nothing already written.
    static func append(_ data: Data, to descriptor: Int32, path: String) throws(SessionStoreError) {
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += written
            }
        }
        if let failure { throw .unwritableFile(path: path, reason: failure) }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
