import Foundation

/// The kinds of file that trainers receive instead of an XML referral, told apart by their first
/// bytes, each with what to ask for instead. ``InputSniffer`` refuses them by name.
enum FileKind {
    /// A Word document (`.docx`): a ZIP archive whose parts sit under `word/`.
    case word
    /// An older Word document (`.doc`) or another OLE2 compound file.
    case oldWord
    /// A Rich Text file, as Word and WordPad save.
    case richText
    /// A PDF (often a scanned or faxed referral).
    case pdf
    /// A scanned or photographed page.
    case image(String)
    /// Any other ZIP archive.
    case zip

    /// What the file is, from its first bytes; nil for anything else (XML among it).
    static func of(_ prefix: Data) -> FileKind? {
        let bytes = [UInt8](prefix.prefix(4096))
        func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            // The part names are stored in the clear; a Word document names `word/document.xml`.
            return bytes.firstRange(of: Array("word/".utf8)) != nil ? .word : .zip
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldWord }
        if starts(Array("{\\rtf".utf8)) { return .richText }
        if starts(Array("%PDF".utf8)) { return .pdf }
        for (name, signature) in imageSignatures where starts(signature) { return .image(name) }
        return nil
    }

    static let imageSignatures: [(String, [UInt8])] = [
        ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("JPEG", [0xFF, 0xD8, 0xFF]), ("TIFF", [0x49, 0x49, 0x2A, 0x00]),
        ("TIFF", [0x4D, 0x4D, 0x00, 0x2A]), ("GIF", Array("GIF8".utf8)), ("BMP", Array("BM".utf8)),
    ]

    private static let exportHint =
        "export the referral as CDA XML from the provider's system, or fill in a plain referral as Samples/referral.xsd describes"

    /// The one-line message naming the file for what it is.
    var message: String {
        switch self {
        case .word, .oldWord: "this is a Word document, not an XML referral"
        case .richText: "this is a Rich Text (RTF) document, not an XML referral"
        case .pdf: "this is a PDF, not an XML referral"
        case .image(let format): "this is a \(format) image (a scan or photo), not an XML referral"
        case .zip: "this is a ZIP archive, not an XML referral"
        }
    }

    /// What to do instead.
    var hint: String {
        switch self {
        case .word, .oldWord, .richText: Self.exportHint
        case .pdf, .image:
            "Liaison cannot read scans or PDFs; ask the provider for the CDA/C-CDA XML export, "
                + "or fill in a plain referral as Samples/referral.xsd describes"
        case .zip: "unpack it and import the XML document inside"
        }
    }
}
