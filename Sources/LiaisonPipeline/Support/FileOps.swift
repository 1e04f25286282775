import CFileSystem
import Foundation
import LiaisonKit
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system moves the pipeline needs, none of which ever replaces an existing name.
public enum FileOps {
    /// An I/O error naming `path`, with the system's reason and what to do.
    static func ioError(_ what: String, _ path: String, _ code: Int32 = errno, hint: String? = nil) -> LiaisonError {
        LiaisonError(
            .io, "\(what): \(String(cString: strerror(code)))", at: SourceLocation(file: path),
            hint: hint ?? "check that the folder exists and is writable")
    }

    /// Creates `url` (and missing parents) with mode 0700: folders hold patient data.
    public static func makeFolder(_ url: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw LiaisonError(
                    .io, "is a file, not a folder", at: SourceLocation(file: url.path),
                    hint: "choose another folder or move the file away")
            }
            return
        }
        try makeFolder(url.deletingLastPathComponent())
        if mkdir(url.path, 0o700) != 0, errno != EEXIST { throw ioError("cannot create the folder", url.path) }
    }

    /// Moves the file or folder `source` into `folder` under its own name, or `name-2.ext`,
    /// `name-3.ext`... when that is taken. Returns where it went.
    @discardableResult
    public static func moveUnique(_ source: URL, into folder: URL, name: String? = nil) throws -> URL {
        let base = name ?? source.lastPathComponent
        for n in 1...100_000 {
            let target = folder.appendingPathComponent(FileName.numbered(base, n))
            guard try placeNoReplace(source, at: target) else { continue }
            if sameFile(source, target) {  // hard-linked: remove the old name
                unlink(source.path)
            }
            AtomicWriter.syncFolder(folder)
            return target
        }
        throw LiaisonError(.io, "too many files named \(base)", at: SourceLocation(file: folder.path))
    }

    /// Reads a whole regular file (following links, never blocking on a FIFO); a clear error
    /// when it cannot (permissions, a folder, a device, vanished, changing while read).
    public static func read(_ url: URL, limit: Int = 64 * 1024 * 1024) throws -> Data {
        let content: InputFile.Content
        do {
            content = try InputFile.read(url, followLinks: true, limit: limit)
        } catch let fault as PipelineFault {
            throw fault.error
        }
        switch content {
        case .read(let data, _): return data
        case .changed:
            throw LiaisonError(
                .io, "the file changed while it was read", at: SourceLocation(file: url.path),
                hint: "wait until it is completely written, then run again")
        }
    }

    /// True when `url` itself (not a link's target) is a folder.
    public static func isFolder(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when something (a file, a folder, a link, even a dangling one) has this name.
    public static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}

extension FileOps {
    /// True when both paths name the same file (device and inode).
    public static func sameFile(_ a: URL, _ b: URL) -> Bool {
        var sa = stat()
        var sb = stat()
        guard lstat(a.path, &sa) == 0, lstat(b.path, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// Puts `source` at `target` unless that name exists: a hard link for a file (the caller
    /// removes the source afterwards), an exclusive rename for a folder.
    /// Returns false when `target` is taken.
    public static func placeNoReplace(_ source: URL, at target: URL) throws -> Bool {
        if isFolder(source) {
            return try renameNoReplace(source.path, to: target.path)
        }
        if link(source.path, target.path) == 0 { return true }
        if errno == EEXIST { return false }
        if errno == EPERM || errno == ENOTSUP || errno == EXDEV {
            // No hard links on this file system: an exclusive rename, which removes the source too.
            return try renameFileNoReplace(source.path, to: target.path)
        }
        throw ioError("cannot move into place", target.path)
    }

    /// Renames the file `source` to `target` only if `target` does not exist; false when it does.
    /// Where the system has no exclusive rename, `target` is first reserved with an exclusive
    /// create and the file renamed over that empty reservation.
    static func renameFileNoReplace(_ source: String, to target: String) throws -> Bool {
        if liaison_rename_noreplace(source, target) == 0 { return true }
        switch errno {
        case EEXIST: return false
        case ENOSYS, EINVAL, ENOTSUP: break
        default: throw ioError("cannot move into place", target)
        }
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw ioError("cannot create", target)
        }
        close(fd)
        if rename(source, target) != 0 {
            let error = ioError("cannot move into place", target)
            unlink(target)
            throw error
        }
        return true
    }

    /// Renames the folder `source` to `target` only if `target` does not exist; false when it
    /// does. Atomic where the system has an exclusive rename (Linux, macOS); elsewhere, or on a
    /// file system without one, `target` is first reserved with an exclusive `mkdir` and the
    /// folder renamed over that empty reservation.
    public static func renameNoReplace(_ source: String, to target: String) throws -> Bool {
        if liaison_rename_noreplace(source, target) == 0 { return true }
        switch errno {
        case EEXIST, ENOTEMPTY: return false
        case ENOSYS, EINVAL, ENOTSUP: break
        default: throw ioError("cannot move into place", target)
        }
        if mkdir(target, 0o700) != 0 {
            if errno == EEXIST { return false }
            throw ioError("cannot create", target)
        }
        if rename(source, target) != 0 { throw ioError("cannot move into place", target) }
        return true
    }

    /// Flushes everything written to the file system that holds `folder` (syncfs); where that
    /// call is missing, every file system (sync).
    public static func syncFileSystem(of folder: URL) {
        if liaison_sync_filesystem(folder.path) != 0 { sync() }
    }
}
