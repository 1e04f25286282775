import Crypto
import Foundation

/// The SHA-256 of a document's bytes, as lower-case hex: `source.sha256` in the referral and the
/// pipeline ledger's duplicate key.
public enum ContentHash {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func sha256(_ data: Data) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
