import Mustache

/// `{{% CONTENT_TYPE: HTML}}`: HTML escaping, byte by byte.
///
/// Registered in place of swift-mustache's own `HTML` type, which escapes the same five
/// characters but looks each Character up in a dictionary (a sixth of a batch's time), and
/// which leaves a `<` alone when a combining mark follows it (`<\u{338}` is one Character).
/// Here every `<`, `>`, `&`, `"` and `'` byte is escaped, whatever follows it, and a value
/// without any is returned as it is. The built-in templates declare the type on their first
/// line; a user template without the line gets swift-mustache's default, which is also safe.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ Self.escape($0) }) {
            return fast ?? text
        }
        let bytes = Array(utf8)
        return bytes.withUnsafeBufferPointer { Self.escape($0) } ?? text
    }

    /// The escaped text, or nil when `bytes` holds nothing to escape.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        out.append(contentsOf: bytes[..<first])
        for byte in bytes[first...] {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` to `out`, escaped (what the render plan calls: no String in between).
    static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case UInt8(ascii: "'"): out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: out.append(byte)
            }
        }
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Registers the type under the name `HTML` (idempotent).
    static func register() { _ = registration }

    private static let registration: Void = MustacheContentTypes.register(HTMLContentType(), named: "HTML")
}
