import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Body weights compared as figures ("from 64 kg to 57 kg") are a weight loss whatever words
/// surround them; a lifting limit or a rising weight is none; and German and French notes that
/// write "V. a." with a space keep it as one abbreviation.
final class WeightFigureTests: XCTestCase {
    private func falls(_ text: String) -> [String] {
        let tokens = Tokenizer.tokens(text)
        return WeightFigures.falls(in: tokens).sorted().map { tokens[$0 - 1].text }
    }

    func testALowerWeightInTheSameUnitIsAFall() {
        XCTAssertEqual(falls("gone from 64 kg to 57 kg"), ["57"])
        XCTAssertEqual(falls("from 64 to 57 kg"), ["57"], "the first figure takes the second's unit")
        XCTAssertEqual(falls("82 kg in January, 76 kg today"), ["76"])
        XCTAssertEqual(falls("12 st 4 lb -> 11 st"), ["11"])
        XCTAssertEqual(falls("Weighed 71 kg today, 80 kg at the March visit"), ["71"], "today's figure first")
        XCTAssertEqual(falls("71 kg today, up from 65 kg in March"), [], "a gain, whatever the order")
        XCTAssertEqual(falls("Weight: 64.0 kg (today), 71.4 kg (March)"), ["64.0"], "today in brackets")
        XCTAssertEqual(falls("Weight: 71.4 kg (March), 64.0 kg (today)"), ["64.0"])
    }

    func testNoFallWithoutTwoBodyWeights() {
        XCTAssertEqual(falls("weight 80 kg; no lifting over 10 kg"), [], "a lifting limit is no body weight")
        XCTAssertEqual(falls("from 57 kg to 64 kg"), [], "a gain")
        XCTAssertEqual(falls("80 kg and 170 lb"), [], "different units are not compared")
        XCTAssertEqual(falls("wgt 194 lb; bmi 28.65, wgt 189 lb"), [], "a fall under 5% is two readings")
    }

    func testAFallInFiguresIsNeverReady() {
        XCTAssertNotEqual(readPlan("Carer notes he has gone from 64 kg to 57 kg."), "ready")
        XCTAssertNotEqual(readPlan("Gewicht von 64 auf 57 kg.", language: "de"), "ready")
        XCTAssertNotEqual(readPlan("Poids passé de 64 à 57 kg.", language: "fr"), "ready")
        XCTAssertEqual(readPlan("Down from 230 lb to 198 lb on Wegovy over the last year."), "ready", "intended")
        XCTAssertEqual(readPlan("Weight 80 kg. Lift no more than 10 kg."), "ready")
    }

    func testASpacedAbbreviationDoesNotEndASentence() {
        let reader = TestKnowledge.vocabulary.readers["de"]!
        XCTAssertEqual(reader.sentences("V. a. Kaudasyndrom, MRI heute angemeldet.").count, 1)
        XCTAssertEqual(reader.sentences("St. n. Diskektomie L4/5. Keine Beschwerden.").count, 2)
    }
}
