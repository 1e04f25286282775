import LiaisonModel

/// Reads a written calendar date from tokens: `2026-12-01`, `12/01/2026` (month first in US
/// documents, day first where the document's realm writes dates so), `12/1/26`, `01.12.2026`
/// (always day first), `December 1, 2026`, `Dec 1 2026`, `1 December 2026`.
enum DateReader {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static func date(in tokens: [Token], at start: Int, dayFirst: Bool = false) -> CalendarDate? {
        func number(_ i: Int) -> Int? {
            guard i < tokens.count, let v = tokens[i].value, v == v.rounded() else { return nil }
            return Int(v)
        }
        func text(_ i: Int) -> String? { i < tokens.count ? tokens[i].text : nil }
        func make(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
            let year = y < 100 ? 2000 + y : y
            guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysInMonth(year: year, month: m),
                (1900...2200).contains(year)
            else { return nil }
            return CalendarDate(year: year, month: m, day: d)
        }
        var i = start
        if text(i) == "the" { i += 1 }
        // ISO: 2026 - 12 - 01
        if let y = number(i), tokens[i].text.count == 4, text(i + 1) == "-", let m = number(i + 2),
            text(i + 3) == "-", let d = number(i + 4)
        {
            return make(y, m, d)
        }
        // 12 / 01 / 2026: US month first, elsewhere day first.
        if let a = number(i), text(i + 1) == "/", let b = number(i + 2), text(i + 3) == "/", let y = number(i + 4) {
            return dayFirst ? make(y, b, a) : make(y, a, b)
        }
        // 01.12.2026 (one token): day, month, year.
        if let dotted = text(i), dotted.first?.isNumber == true {
            let parts = dotted.split(separator: ".").compactMap { Int($0) }
            if parts.count == 3, dotted.split(separator: ".").count == 3 { return make(parts[2], parts[1], parts[0]) }
        }
        // December 1, 2026
        if let name = text(i), let m = months[name] {
            var j = i + 1
            if text(j) == "." { j += 1 }
            guard let d = number(j) else { return nil }
            j += 1
            if text(j) == "," { j += 1 }
            guard let y = number(j), tokens[j].text.count == 4 else { return nil }
            return make(y, m, d)
        }
        // 1 December 2026
        if let d = number(i), let name = text(i + 1), let m = months[name], let y = number(i + 2),
            tokens[i + 2].text.count == 4
        {
            return make(y, m, d)
        }
        return nil
    }
}
