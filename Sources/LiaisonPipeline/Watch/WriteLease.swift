#if canImport(Glibc)
    import CFileSystem
    import Foundation

    /// Asks the Linux kernel whether any process has a file open for writing, by a read lease
    /// taken and released at once (``liaison_open_for_writing``, in `Sources/CFileSystem`).
    ///
    /// The kernel grants a lease to the file's owner and to root (CAP_LEASE); for a file another
    /// user owns the answer is nil and the caller falls back on what inotify saw.
    enum WriteLease {
        /// True when the regular file at `path` is open for writing somewhere, false when not
        /// (or when it is no regular file, which is taken and refused at once), nil when the
        /// kernel will not tell.
        static func isOpenForWriting(_ path: String) -> Bool? {
            switch liaison_open_for_writing(path) {
            case 1: true
            case 0, 2: false
            default: nil
            }
        }
    }
#endif
