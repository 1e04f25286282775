/// HL7 v3 timestamps (`TS`: `YYYYMMDDHHMMSS.UUUU[+|-ZZzz]`, any precision from the year down)
/// turned into ISO 8601.
enum HL7Time {
    /// The full ISO form: `2017-09-07T11:19:57-05:00`, `2011-11-01T08:00+10:00`, `2015-07`.
    /// Nil when `value` is not a timestamp.
    static func iso(_ value: String?) -> String? {
        guard let parts = split(value) else { return nil }
        var out = date(parts.digits)
        let time = parts.digits.dropFirst(8)
        if !time.isEmpty {
            let hh = String(time.prefix(2))
            let mm = time.count >= 4 ? String(time.dropFirst(2).prefix(2)) : "00"
            out += "T\(hh):\(mm)"
            if time.count >= 6 { out += ":" + String(time.dropFirst(4).prefix(2)) }
            if let zone = parts.zone { out += zone }
        }
        return out
    }

    /// The date part only: `2017-09-07`, or `2015-07` / `2015` when that is all there is.
    static func isoDate(_ value: String?) -> String? {
        split(value).map { date($0.digits) }
    }

    private static func date(_ digits: Substring) -> String {
        var out = String(digits.prefix(4))
        if digits.count >= 6 { out += "-" + digits.dropFirst(4).prefix(2) }
        if digits.count >= 8 { out += "-" + digits.dropFirst(6).prefix(2) }
        return out
    }

    /// The leading digits (even count, at least a year, fraction dropped) and `±HH:MM`.
    private static func split(_ value: String?) -> (digits: Substring, zone: String?)? {
        guard let value else { return nil }
        let text = Substring(value.trimmingWhitespace())
        let digitCount = text.prefix { $0.isASCII && $0.isNumber }.count
        guard digitCount >= 4 else { return nil }
        let digits = text.prefix(min(digitCount, 14) - (digitCount > 4 && digitCount % 2 == 1 ? 1 : 0))
        var rest = text.dropFirst(digitCount)
        if rest.first == "." { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
        var zone: String?
        if let sign = rest.first, sign == "+" || sign == "-" {
            let z = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            if z.count == 4 { zone = "\(sign)\(z.prefix(2)):\(z.suffix(2))" }
        }
        return (digits, zone)
    }
}

extension String {
    /// The string without leading and trailing white space (no Foundation).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
