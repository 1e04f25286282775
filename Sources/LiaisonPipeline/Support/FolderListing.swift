import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of one folder as the file system spells them: the names that are UTF-8, in
/// order, and apart the raw bytes of those that are not (a Latin-1 name from an old system),
/// which a `String` path cannot reach.
struct FolderListing {
    var names: [String] = []
    var unreadableNames: [[UInt8]] = []

    /// Nil when the folder cannot be read (`errno` says why).
    init?(_ folder: URL) {
        guard let dir = opendir(folder.path) else { return nil }
        defer { closedir(dir) }
        while let item = readdir(dir) {
            let raw = FolderListing.rawName(item)
            guard let name = String(validating: raw, as: UTF8.self) else {
                unreadableNames.append(raw)
                continue
            }
            if name != ".", name != ".." { names.append(name) }
        }
        names.sort()
        unreadableNames.sort { $0.lexicographicallyPrecedes($1) }
    }

    static func rawName(_ item: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafePointer(to: item.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) {
                Array(UnsafeRawBufferPointer(start: $0, count: strlen($0)))
            }
        }
    }
}
