import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Headless Chromium printing a letter to PDF (`--headless --print-to-pdf`).
///
/// The letter is written into a fresh private folder (0700) beside a fresh browser profile, so
/// no earlier profile, extension or cache takes part, and the folder is removed afterwards. Host
/// names resolve to nothing, so even a template that forgot the Content-Security-Policy loads
/// nothing from the network. A Chromium that has not finished within `timeout` is killed.
public struct ChromiumPDFEngine: PDFEngine {
    /// The Chromium (or Chrome) executable.
    public let executable: URL
    /// Seconds Chromium may take before it is killed.
    public var timeout: Double

    public init(executable: URL, timeout: Double = 60) {
        self.executable = executable
        self.timeout = timeout
    }

    public func pdf(fromHTML html: Data) throws -> Data {
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let page = folder.url.appendingPathComponent("letter.html")
        let output = folder.url.appendingPathComponent("letter.pdf")
        try AtomicWriter.createNew(html, at: page, permissions: 0o600, durable: false)
        let status = try run(
            arguments(page: page, output: output, profile: folder.url.appendingPathComponent("profile")))
        guard let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Data("%PDF-".utf8)) else {
            throw LiaisonError(
                .io, "Chromium (\(executable.path)) exited with status \(status) without writing a PDF",
                hint: "run it by hand with --headless --print-to-pdf to see why, or pass another --pdf-engine")
        }
        return pdf
    }

    /// The command line: headless, a fresh profile, no GPU, no header or footer, no network;
    /// the sandbox off only for root, where Chromium refuses to start with it.
    func arguments(page: URL, output: URL, profile: URL) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--user-data-dir=\(profile.path)", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-background-networking",
            "--disable-component-update", "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer",
            "--print-to-pdf=\(output.path)",
        ]
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append(page.absoluteString)
        return arguments
    }

    /// Runs Chromium with its output discarded; kills it after `timeout` seconds.
    private func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw LiaisonError(
                .io, "cannot start Chromium (\(executable.path)): \(error.localizedDescription)",
                hint: PDFEngines.install)
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                done.wait()
            }
            throw LiaisonError(
                .io, "Chromium (\(executable.path)) did not finish the PDF within \(Int(timeout)) s and was stopped",
                hint: "try again, or pass another --pdf-engine")
        }
        return process.terminationStatus
    }
}

/// A folder only its owner can enter, made fresh for one use and removed after it.
struct PrivateFolder {
    let url: URL

    init() throws {
        var template = Array(
            URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("liaison-pdf-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw LiaisonError(
                .io, "cannot make a temporary folder for the PDF: \(String(cString: strerror(errno)))",
                hint: "check that TMPDIR is writable")
        }
        url = URL(fileURLWithPath: String(cString: made))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
