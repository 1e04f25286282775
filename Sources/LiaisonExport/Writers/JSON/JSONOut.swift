/// JSON written straight into bytes, in the layout Foundation's `JSONEncoder` gives with
/// `.prettyPrinted` (two spaces, `"key" : value`, an empty list as `[`, a blank line, `]`) or
/// compact, and its escaping with `.withoutEscapingSlashes`.
///
/// Why by hand: the contracts are written for every document of a batch, and `JSONEncoder`
/// boxes every value, sorts every key and builds a tree before writing (8% of a batch). The
/// writers call the keys in sorted order themselves; a test compares the output with
/// `JSONEncoder`'s, byte for byte, over the samples and the corpus.
struct JSONOut {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    /// Whether the container being written has an element yet.
    private var hasElement: [Bool] = []

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Writes an object; `body` writes its members with ``key(_:)`` and a value each.
    mutating func object(_ body: (inout JSONOut) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes a list of `items`, each by `element`.
    mutating func array<T>(_ items: [T], _ element: (inout JSONOut, T) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            separate()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// Starts a member of the current object.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
    }

    /// A member whose value is text, or `null`.
    mutating func field(_ name: StaticString, _ text: String?) {
        key(name)
        string(text)
    }

    /// A member whose value is a whole number, or `null`.
    mutating func field(_ name: StaticString, _ value: Int?) {
        key(name)
        number(value)
    }

    /// A member whose value is a number.
    mutating func field(_ name: StaticString, _ value: Double) {
        key(name)
        number(value)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    mutating func null() { bytes.append(contentsOf: Self.nullWord) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: value ? Self.trueWord : Self.falseWord) }

    mutating func number(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// As `JSONEncoder` writes a `Double`: the shortest form that reads back, without `.0`.
    mutating func number(_ value: Double) {
        let text = "\(value)"
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasElement.removeLast()
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            if !had { bytes.append(0x0A) }
            indent()
        }
        bytes.append(bracket)
    }

    /// A comma before every element but the first, and in pretty output a new line and indent.
    private mutating func separate() {
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        if pretty {
            bytes.append(0x0A)
            indent()
        }
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(contentsOf: Self.twoSpaces) }
    }

    private static let hex = Array("0123456789abcdef".utf8)
    private static let colon: [UInt8] = [0x22, UInt8(ascii: ":")]
    private static let prettyColon: [UInt8] = [0x22, 0x20, UInt8(ascii: ":"), 0x20]
    private static let nullWord = Array("null".utf8)
    private static let trueWord = Array("true".utf8)
    private static let falseWord = Array("false".utf8)
    private static let twoSpaces: [UInt8] = [0x20, 0x20]
}
