import Foundation

/// Golden files: compare output with a file kept beside the tests, or re-record it.
///
/// Set `LIAISON_RECORD=1` to rewrite every golden file a test run touches; review the diff in git.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["LIAISON_RECORD"] != nil }

    /// Returns nil when `actual` matches the golden file (or was recorded), else a readable
    /// unified-style diff of the first differing lines.
    public static func check(_ actual: String, against file: URL) -> String? {
        let fm = FileManager.default
        if isRecording {
            try? fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "missing golden file \(file.path); run the tests with LIAISON_RECORD=1 to create it"
        }
        if expected == actual { return nil }
        return diff(expected: expected, actual: actual, name: file.lastPathComponent)
    }

    /// A small line diff: the first differing region with three lines of context.
    public static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.components(separatedBy: "\n")
        let a = actual.components(separatedBy: "\n")
        var first = 0
        while first < min(e.count, a.count), e[first] == a[first] { first += 1 }
        var endE = e.count - 1
        var endA = a.count - 1
        while endE > first, endA > first, e[endE] == a[endA] {
            endE -= 1
            endA -= 1
        }
        var out = ["--- \(name) (golden)", "+++ \(name) (actual)", "@@ line \(first + 1) @@"]
        for i in max(0, first - 3)..<first { out.append("  \(e[i])") }
        if first <= endE { for i in first...min(endE, first + 40) { out.append("- \(e[i])") } }
        if first <= endA { for i in first...min(endA, first + 40) { out.append("+ \(a[i])") } }
        out.append("(re-record with LIAISON_RECORD=1 if the change is intended)")
        return out.joined(separator: "\n")
    }
}
