import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees either the old content or the complete new one, never a
/// half-written file: a temporary name in the same folder, flushed to disk, then renamed.
public enum AtomicWriter {
    /// Writes `data` to `url`, replacing an existing file only by an atomic rename, or (with
    /// `replace` false) refusing to touch one. Errors name `url` as it was given (its relative
    /// path), never the temporary file.
    ///
    /// - Parameters:
    ///   - permissions: the new file's mode; outputs that hold patient data use 0o600.
    ///   - durable: also flush the folder, so the rename survives a power loss.
    ///   - replace: whether an existing file at `url` may be replaced.
    public static func write(
        _ data: Data, to url: URL, permissions: mode_t = 0o600, durable: Bool = true, replace: Bool = true
    ) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LiaisonError(
                .io, "cannot write the file: its folder does not exist", at: SourceLocation(file: url.relativePath),
                hint: "create the folder first, or give -o a path in an existing folder")
        }
        // Short whatever the name: `.NAME.pid.random.tmp` passed NAME_MAX for a 230-byte NAME.
        let temp = folder.appendingPathComponent(".liaison-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try createNew(data, at: temp, permissions: permissions, durable: durable)
        } catch let error as LiaisonError {
            unlink(temp.path)
            throw LiaisonError(error.code, error.message, at: SourceLocation(file: url.relativePath), hint: error.hint)
        }
        defer { unlink(temp.path) }
        if replace {
            guard rename(temp.path, url.path) == 0 else { throw ioError("cannot rename into place", errno, url) }
        } else if link(temp.path, url.path) != 0 {
            // A hard link never replaces an existing name; where links are not supported, a
            // rename after a check (the check and the rename are not one step).
            let code = errno
            if code == EEXIST || FileManager.default.fileExists(atPath: url.path) {
                throw LiaisonError(
                    .io, "a file of this name exists already and was left as it is",
                    at: SourceLocation(file: url.relativePath),
                    hint: "rename or move the existing file to write it again, or give -o another path")
            }
            guard rename(temp.path, url.path) == 0 else { throw ioError("cannot rename into place", errno, url) }
        }
        if durable { syncFolder(folder) }
    }

    /// Creates `url`, which must not exist yet (`O_EXCL`), with exactly `permissions` whatever
    /// the umask, writes all of `bytes` and, when `durable`, flushes it to disk. A file left
    /// half-written by a failure is the caller's to remove.
    public static func createNew<Bytes: ContiguousBytes>(
        _ bytes: Bytes, at url: URL, permissions: mode_t = 0o600, durable: Bool
    ) throws {
        try createNew(bytes, atPath: url.path, permissions: permissions, durable: durable)
    }

    /// ``createNew(_:at:permissions:durable:)`` for a path (no URL to build for every file).
    public static func createNew<Bytes: ContiguousBytes>(
        _ bytes: Bytes, atPath path: String, permissions: mode_t = 0o600, durable: Bool
    ) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, permissions)
        guard fd >= 0 else { throw ioError("cannot create the file", errno, path) }
        defer { close(fd) }
        // The umask must not narrow what we asked for; open(2) never widens it, so a umask that
        // leaves these bits alone (the usual 022) needs no second system call.
        if permissions & Self.processUmask != 0 { fchmod(fd, permissions) }
        try bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ioError("cannot write", errno, path)
                }
                offset += n
            }
        }
        if durable, fsync(fd) != 0 { throw ioError("cannot flush to disk", errno, path) }
    }

    /// The process's umask, read once (setting and restoring it is the only way to read it).
    static let processUmask: mode_t = {
        let mask = umask(0o077)
        umask(mask)
        return mask
    }()

    /// Flushes a folder's entries (new names, renames) to disk.
    public static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func ioError(_ what: String, _ code: Int32, _ url: URL) -> LiaisonError {
        ioError(what, code, url.relativePath)
    }

    static func ioError(_ what: String, _ code: Int32, _ path: String) -> LiaisonError {
        LiaisonError(
            .io, "\(what): \(String(cString: strerror(code)))", at: SourceLocation(file: path),
            hint: "check that the folder exists and is writable")
    }
}
