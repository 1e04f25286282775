import Foundation
import LiaisonKit
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Every sample letter, of every kind, printed by headless Chromium on US Letter and A4: at most
/// two pages, and the questions for the provider on page 1.
final class SampleLetterPDFTests: XCTestCase {
    func testEverySampleLetterFitsTwoPagesWithTheQuestionsOnPageOne() throws {
        let engine: ChromiumPDFEngine
        do {
            engine = try PDFEngines.chromium()
        } catch {
            throw XCTSkip("headless Chromium not found; apt-get install chromium (or brew install --cask chromium)")
        }
        guard PDFText.pdftotext != nil else {
            throw XCTSkip("pdftotext not found, page 1 cannot be read; apt-get install poppler-utils")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var jobs: [(name: String, html: Data)] = []
        for paper in PracticeProfile.Paper.allCases {
            let workspace = try Self.workspace(paper: paper, in: folder)
            for sample in try TestPaths.samples(endingIn: ".cda.xml", ".referral.xml") {
                let referral = try workspace.read(contentsOf: sample)
                for kind in [LetterKind.initial, .progress, .discharge] {
                    let record = kind == .discharge ? "progress-discharge.yaml" : "progress-week6.yaml"
                    let progress = try Self.progress(record, for: referral, in: folder)
                    let result = try workspace.convert(
                        ConversionRequest(
                            data: try Workspace.contents(of: sample), path: sample.lastPathComponent,
                            outputs: [.letterHTML], letter: kind, progress: try workspace.progress(progress)))
                    let name = "\(sample.deletingPathExtension().lastPathComponent).\(kind.rawValue).\(paper.rawValue)"
                    jobs.append((name, Data(result.files[0].data)))
                }
            }
        }
        let work = jobs
        // Every alert and every initial letter asks something, and the progress record asks one.
        let asking = work.filter { Self.questions(in: String(decoding: $0.html, as: UTF8.self)) != nil }.count
        XCTAssertGreaterThanOrEqual(asking, work.count * 2 / 3, "the questions heading was not found in the letters")
        let failures = Failures()
        // Two Chromiums at a time: each is a few processes, and the test machine may have two cores.
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            for index in stride(from: lane, to: work.count, by: 2) {
                if let failure = Self.check(work[index].name, work[index].html, engine: engine, folder: folder) {
                    failures.add(failure)
                }
            }
        }
        XCTAssertEqual(work.count, 2 * 3 * (try TestPaths.samples(endingIn: ".cda.xml", ".referral.xml").count))
        for failure in failures.all.sorted() { XCTFail(failure) }
    }

    /// The sample progress record `name` (the post-fusion client's) made out to `referral`'s
    /// client: the same sessions, measures and questions, so every sample's progress and
    /// discharge letters carry the same load, and the identity check passes.
    static func progress(_ name: String, for referral: Referral, in folder: URL) throws -> URL {
        let text = try String(contentsOf: TestPaths.samples.appendingPathComponent(name), encoding: .utf8)
        let identity = [
            "name": referral.patient.name, "birthDate": referral.patient.birthDate, "referral": referral.document.id,
        ]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (key, value) in identity where line.hasPrefix("\(key):") {
                return value.map { "\(key): '\($0.replacingOccurrences(of: "'", with: "''"))'" } ?? ""
            }
            return String(line)
        }
        let url = folder.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A workspace whose practice profile prints on `paper`.
    static func workspace(paper: PracticeProfile.Paper, in folder: URL) throws -> Workspace {
        let profile = try String(contentsOf: TestPaths.samples.appendingPathComponent("practice.yaml"), encoding: .utf8)
        let practice = folder.appendingPathComponent("practice-\(paper.rawValue).yaml")
        let others = profile.split(separator: "\n").filter { !$0.hasPrefix("paper:") }.joined(separator: "\n")
        try (others + "\npaper: \(paper.rawValue)\n").write(to: practice, atomically: true, encoding: .utf8)
        return try Workspace(.init(practice: practice, date: CalendarDate(year: 2026, month: 11, day: 24)))
    }

    /// Nil when the letter prints on at most two pages of its paper with its questions heading and
    /// first question on page 1; else what is wrong.
    static func check(_ name: String, _ html: Data, engine: ChromiumPDFEngine, folder: URL) -> String? {
        do {
            let pdf = try engine.pdf(fromHTML: html)
            let file = folder.appendingPathComponent("\(name).pdf")
            try pdf.write(to: file)
            let pages = PDFText.pageCount(pdf)
            if pages < 1 || pages > 2 { return "\(name): \(pages) pages, more than 2" }
            let size = name.hasSuffix(".a4") ? "size: A4" : "size: letter"
            let page = String(decoding: html, as: UTF8.self)
            if !page.contains(size) { return "\(name): the letter's CSS does not ask for \(size)" }
            guard let questions = questions(in: page) else { return nil }  // a letter with nothing to ask
            let first = try words(PDFText.text(of: file, page: 1))
            for expected in [questions.heading, questions.firstItem] where !first.contains(words(expected)) {
                return "\(name): “\(expected)” is not on page 1"
            }
            return nil
        } catch {
            return "\(name): \(error)"
        }
    }

    /// The heading of the letter's questions (`<h2 id="questions">`) and the first six words of
    /// its first item, as text.
    static func questions(in html: String) -> (heading: String, firstItem: String)? {
        guard let start = html.range(of: "<h2 id=\"questions\">"),
            let end = html.range(of: "</h2>", range: start.upperBound..<html.endIndex),
            let item = html.range(of: "<li>", range: end.upperBound..<html.endIndex),
            let itemEnd = html.range(of: "</li>", range: item.upperBound..<html.endIndex)
        else { return nil }
        let text = String(html[item.upperBound..<itemEnd.lowerBound])
        let plain = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return (
            String(html[start.upperBound..<end.lowerBound]),
            plain.split(separator: " ").prefix(6).joined(separator: " ")
        )
    }

    /// Words separated by single spaces, entities and line breaks folded, for comparing HTML with
    /// extracted text.
    static func words(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Failures gathered from concurrent checks.
final class Failures: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()

    func add(_ failure: String) { lock.withLock { items.append(failure) } }
    var all: [String] { lock.withLock { items } }
}
