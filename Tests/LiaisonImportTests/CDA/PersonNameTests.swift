import LiaisonImport
import LiaisonModel
import XCTest

/// One name per person, from the name's use and its parts' qualifiers.
final class PersonNameTests: XCTestCase {
    /// The patient name read from `names` (one or more `<name>` elements).
    private func patientName(_ names: String) throws -> String? {
        let header = CDASnippet.header.replacingOccurrences(
            of: "<name><given>Dana</given><given>Q</given><family>Rivera</family></name>", with: names)
        return try CDASnippet.read(CDASnippet.document(header: header)).patient.name
    }

    func testTheFrenchUsedNameIsPreferredOverTheBirthName() throws {
        let ans = """
            <name>
              <family qualifier="BR">NESSI</family>
              <given>Marie Jeanne Michelle</given>
              <given qualifier="BR">Marie</given>
              <family qualifier="CL">DECOURCY</family>
              <given qualifier="CL">Marie</given>
            </name>
            """
        XCTAssertEqual(try patientName(ans), "Marie Decourcy")
    }

    func testTheFrenchTitleInTheSuffixComesFirstAndReplacesTheCivility() throws {
        let name = "<name><prefix>M</prefix><given>Jacques</given><family>BIDEAULT</family><suffix>DR</suffix></name>"
        XCTAssertEqual(try patientName(name), "Dr. Jacques Bideault")
        let noTitle = "<name><prefix>MME</prefix><family>NESSI</family><given>Jeanne</given></name>"
        XCTAssertEqual(try patientName(noTitle), "Mme Jeanne Nessi")
    }

    func testATitleWrittenAsAGivenNameIsNotRepeated() throws {
        let swiss =
            #"<name use="L"><family>Rochat</family><given>Dr</given><prefix qualifier="AC">Dr. med.</prefix></name>"#
        XCTAssertEqual(try patientName(swiss), "Dr. med. Rochat")
    }

    func testAPostDescriptionFollowsAComma() throws {
        let name = """
            <name><prefix>Dr. med.</prefix><given>Allzeit</given><family>Bereit</family>
            <suffix>Facharzt für Allgemeine Medizin</suffix></name>
            """
        XCTAssertEqual(try patientName(name), "Dr. med. Allzeit Bereit, Facharzt für Allgemeine Medizin")
        let credentials = "<name><given>Sara</given><family>Specialize</family><suffix>M.D.</suffix></name>"
        XCTAssertEqual(try patientName(credentials), "Sara Specialize M.D.")
    }

    func testTheLegalNameIsChosenOverASearchName() throws {
        let names = """
            <name use="SRCH"><given qualifier="BR">Alicia</given><family qualifier="BR">Newman</family></name>
            <name use="L"><given>Alice</given><given>Jones</given><family>Newman</family></name>
            """
        XCTAssertEqual(try patientName(names), "Alice Jones Newman")
    }

    /// Outside the French birth/used pattern a call-me or birth given name is kept where it is:
    /// US vendors mark middle initials that way.
    func testGivenNamesOutsideTheFrenchPatternAreAllKept() throws {
        let name =
            #"<name><given>Jeremy</given><given qualifier="BR">V</given><family>Bates</family><suffix>Jr</suffix></name>"#
        XCTAssertEqual(try patientName(name), "Jeremy V Bates Jr")
    }

    func testPlaceholderPartsAreLeftOut() throws {
        XCTAssertEqual(
            try patientName("<name><given>.</given><family>Assurance Maladie</family></name>"), "Assurance Maladie")
        XCTAssertEqual(try patientName("<name>Dana Rivera</name>"), "Dana Rivera")
    }
}
