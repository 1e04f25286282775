/// Character classes for the phrase reader, on Unicode scalars with ASCII fast paths.
///
/// The reader runs over every narrative block of a document; splitting text into grapheme
/// clusters (`Character`) and asking Unicode properties for plain ASCII was most of its cost.
extension Unicode.Scalar {
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A letter, or a combining mark that belongs to the letter before it.
    var isWordLetter: Bool {
        if value < 0x80 { return isASCIILetter }
        let category = properties.generalCategory
        return properties.isAlphabetic || category == .nonspacingMark || category == .spacingMark
    }

    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace || value == 0xA0
    }

    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029 }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars in `range` as a String, encoded straight into the String's storage.
    func string(_ range: Range<Int>) -> String {
        var length = 0
        for scalar in self[range] { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for scalar in self[range] {
                UTF8.encode(scalar) { byte in
                    buffer[at] = byte
                    at += 1
                }
            }
            return at
        }
    }
}
