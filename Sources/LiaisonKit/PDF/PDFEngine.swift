import Foundation
import LiaisonModel

/// Something that prints an HTML letter to PDF. The page size is the letter's own: its CSS
/// `@page` rule, which the templates set from the practice profile's `paper`.
public protocol PDFEngine: Sendable {
    /// The PDF of `html`, a self-contained page that loads nothing from the network.
    func pdf(fromHTML html: Data) throws -> Data
}

/// Finding the PDF engine: `--pdf-engine PATH`, else Chromium on `PATH` (pandoc's convention).
public enum PDFEngines {
    /// The names Chromium goes by on Linux and macOS, in the order they are looked for.
    public static let chromiumNames = ["chromium", "chromium-browser", "google-chrome"]

    /// What to tell a user without Chromium.
    static let install =
        "install it (apt-get install chromium / brew install --cask chromium) or pass --pdf-engine PATH"

    /// Headless Chromium at `path` when given, else the first of ``chromiumNames`` on `searchPath`
    /// (the `PATH` variable); an I/O error (exit 4) naming what to install when there is none.
    public static func chromium(at path: String? = nil, searchPath: String? = nil) throws -> ChromiumPDFEngine {
        if let path {
            guard FileManager.default.isExecutableFile(atPath: path), !isFolder(path) else {
                throw LiaisonError(
                    .io, "--format pdf needs headless Chromium, and --pdf-engine \(path) is not an executable file",
                    hint: install)
            }
            return ChromiumPDFEngine(executable: URL(fileURLWithPath: path))
        }
        let folders = (searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in chromiumNames {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: candidate), !isFolder(candidate) {
                    return ChromiumPDFEngine(executable: URL(fileURLWithPath: candidate))
                }
            }
        }
        throw LiaisonError(.io, "--format pdf needs headless Chromium; \(install)")
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

extension ConversionResult {
    /// The first file asked for, as `format` wants it: for `pdf` the HTML letter printed by
    /// `engine` (a usage error when there is none), else the file as rendered.
    public func letter(as format: ConvertFormat, engine: (any PDFEngine)?) throws -> Data {
        let rendered = Data(files[0].data)
        guard format == .pdf else { return rendered }
        guard let engine else {
            throw LiaisonError(.usage, "a PDF letter needs a PDF engine", hint: "pass --pdf-engine PATH")
        }
        return try engine.pdf(fromHTML: rendered)
    }
}
