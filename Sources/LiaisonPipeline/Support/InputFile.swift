import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file without ever blocking or following a link it was not asked to.
///
/// The file is opened with `O_NONBLOCK` (a FIFO with no writer would otherwise block the reader
/// for ever) and, in the watched inbox, `O_NOFOLLOW`; `fstat` then refuses anything that is not
/// a regular file, with a reason a user can act on. The file's identity (size, modification and
/// status-change times) is taken before and after reading, so a file that changed meanwhile is
/// told apart from one read whole.
public enum InputFile {
    /// What `fstat` said of a file: equal identities mean the content did not change.
    public struct Identity: Sendable, Equatable {
        public var device: UInt64
        public var inode: UInt64
        public var size: Int64
        public var modified: timespec
        public var changed: timespec

        public static func == (a: Identity, b: Identity) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = InboxScanner.modified(info)
            changed = InboxScanner.changed(info)
        }

        /// The identity of the file at `path` now (not following a link), or nil.
        public static func of(_ path: String) -> Identity? {
            var info = stat()
            return lstat(path, &info) == 0 ? Identity(info) : nil
        }
    }

    /// A file read whole, or one that changed while it was read.
    public enum Content: Sendable {
        case read(Data, Identity)
        /// Written to while being read: put it back and try later.
        case changed
    }

    /// Reads the regular file at `url`. Throws a ``LiaisonError`` about the file (a link, a FIFO,
    /// a device, a folder, unreadable, too large), or ``PipelineFault/transient(_:)`` when the
    /// system is out of file descriptors or memory.
    public static func read(
        _ url: URL, followLinks: Bool, limit: Int = 64 * 1024 * 1024
    ) throws -> Content {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { throw openError(url, errno) }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0 else { throw failure("cannot read the file", url, errno) }
        if let kind = refusedKind(before.st_mode) {
            throw LiaisonError(
                .unsupportedInput, "is \(kind), not a referral file", at: SourceLocation(file: url.path),
                hint: "only regular files are read; move it out of the way and drop the document itself")
        }
        let data = try readAll(fd, url: url, limit: limit, expected: Int(before.st_size))
        var after = stat()
        guard fstat(fd, &after) == 0 else { throw failure("cannot read the file", url, errno) }
        let identity = Identity(after)
        guard Identity(before) == identity, identity.size == Int64(data.count) else { return .changed }
        return .read(data, identity)
    }

    /// Reads to the end of `fd` into one buffer of the size the file had when opened (one byte
    /// more, to see a file that grew), so that a large document is neither copied while the
    /// buffer grows nor held with unused capacity; a file that grew is read on, as before.
    static func readAll(_ fd: Int32, url: URL, limit: Int, expected: Int = 0) throws -> Data {
        func tooLarge() -> LiaisonError {
            LiaisonError(
                .inputTooLarge, "larger than \(limit / 1024 / 1024) MB", at: SourceLocation(file: url.path),
                hint: "referral documents are far smaller; check that this is the right file")
        }
        // A file already over the limit is refused before anything is allocated for it.
        if expected > limit { throw tooLarge() }
        var data = Data(count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                if filled > limit { throw tooLarge() }
                data.count = min(filled + max(64 * 1024, filled / 2), limit + 1)
            }
            let n = data.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the file", url, errno)
            }
            if n == 0 {
                data.count = filled
                return data
            }
            filled += n
        }
    }

    /// "a named pipe (FIFO)", "a device"...; nil for a regular file.
    static func refusedKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    static func openError(_ url: URL, _ code: Int32) -> Error {
        if code == ELOOP, let target = linkTarget(url.path) {
            let exists = access(url.path, F_OK) == 0
            return LiaisonError(
                .unsupportedInput,
                "is a symbolic link to \(FileName.printable(target))\(exists ? "" : ", which does not exist"), "
                    + "not a referral file",
                at: SourceLocation(file: url.path),
                hint: "links in the inbox are never followed; copy the document itself into inbox")
        }
        if code == ENXIO || code == EWOULDBLOCK {  // a socket, or a FIFO on some systems
            return LiaisonError(
                .unsupportedInput, "is not a regular file", at: SourceLocation(file: url.path),
                hint: "only regular files are read; move it out of the way and drop the document itself")
        }
        return failure("cannot read the file", url, code)
    }

    static func failure(_ what: String, _ url: URL, _ code: Int32) -> Error {
        let error = FileOps.ioError(what, url.path, code, hint: "check its permissions, then give it to Liaison again")
        return PipelineFault.isTransient(code) ? PipelineFault.transient(error) : error
    }

    /// Where the symbolic link at `path` points, or nil when it is not one.
    public static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
