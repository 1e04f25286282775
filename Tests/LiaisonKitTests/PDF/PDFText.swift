import Foundation

/// What a test reads from a PDF: its page count, from the file itself, and a page's text,
/// through poppler's `pdftotext` (Chromium compresses its content streams).
enum PDFText {
    /// The number of page objects (`/Type /Page`, not `/Pages`).
    static func pageCount(_ pdf: Data) -> Int {
        let bytes = [UInt8](pdf)
        var count = 0
        for marker in ["/Type /Page", "/Type/Page"].map({ Array($0.utf8) }) {
            var index = 0
            while index + marker.count < bytes.count {
                if bytes[index] == marker[0], Array(bytes[index..<index + marker.count]) == marker,
                    bytes[index + marker.count] != UInt8(ascii: "s")
                {
                    count += 1
                    index += marker.count
                } else {
                    index += 1
                }
            }
        }
        return count
    }

    /// `pdftotext` on PATH, or nil.
    static let pdftotext: URL? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// The text of page `page` of the PDF at `file`.
    static func text(of file: URL, page: Int) throws -> String {
        guard let tool = pdftotext else { return "" }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-f", "\(page)", "-l", "\(page)", file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
