import LiaisonModel
import XCTest

final class CalendarDateTests: XCTestCase {
    func testParsesISOAndHL7Forms() {
        XCTAssertEqual(CalendarDate("2026-12-01"), CalendarDate(year: 2026, month: 12, day: 1))
        XCTAssertEqual(CalendarDate("20161214103000-0500"), CalendarDate(year: 2016, month: 12, day: 14))
        XCTAssertNil(CalendarDate("2026-02-30"))
        XCTAssertNil(CalendarDate("2026"))
        XCTAssertNil(CalendarDate("not a date"))
        XCTAssertEqual(CalendarDate("2024-02-29")?.description, "2024-02-29")
        XCTAssertNil(CalendarDate("2023-02-29"))
    }

    func testArithmeticCrossesMonthsAndYears() {
        let date = CalendarDate(year: 2026, month: 11, day: 24)
        XCTAssertEqual(date.adding(days: 42).description, "2027-01-05")
        XCTAssertEqual(CalendarDate(year: 2026, month: 1, day: 31).adding(months: 1).description, "2026-02-28")
        XCTAssertEqual(CalendarDate(dayNumber: 0).description, "1970-01-01")
        XCTAssertEqual(date.days(until: date.adding(days: 7 * 6)), 42)
    }

    func testRoundTripsDayNumbersOverFourCenturies() {
        var date = CalendarDate(year: 1900, month: 1, day: 1)
        var number = date.dayNumber
        for _ in 0..<(400 * 365) {
            date = date.adding(days: 1)
            number += 1
            if date.dayNumber != number || CalendarDate(dayNumber: number) != date {
                return XCTFail("round trip broke at \(date)")
            }
        }
    }
}
