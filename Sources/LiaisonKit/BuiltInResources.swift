import Foundation

/// Finds the built-in `Protocols/` and `Templates/` folders from any working directory.
///
/// Order: the `LIAISON_RESOURCES` environment variable (a folder holding both); `share/liaison`
/// beside an installed binary (`bin/liaison`); the package checkout the binary was built in
/// (walking up from the executable, then from this source file's compile-time path).
public enum BuiltInResources {
    /// The built-in folder `name` (`Protocols`, `Templates`), or nil when none is found.
    public static func folder(named name: String) -> URL? {
        let fm = FileManager.default
        func has(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDir) && isDir.boolValue
        }
        if let env = ProcessInfo.processInfo.environment["LIAISON_RESOURCES"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if has(url) { return url.appendingPathComponent(name) }
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var candidates: [URL] = []
        let bin = executable.deletingLastPathComponent()
        candidates.append(bin.deletingLastPathComponent().appendingPathComponent("share/liaison"))
        var dir = bin
        for _ in 0..<6 {
            candidates.append(dir)
            dir.deleteLastPathComponent()
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { source.deleteLastPathComponent() }  // BuiltInResources.swift, LiaisonKit, Sources
        candidates.append(source)
        for candidate in candidates where has(candidate) {
            return candidate.appendingPathComponent(name)
        }
        return nil
    }
}
