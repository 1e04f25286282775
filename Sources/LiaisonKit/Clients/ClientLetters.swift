import Foundation
import LiaisonModel
import LiaisonRecords

/// What to write for a client folder (`liaison convert clients/<id>`); nil fields are found in
/// the folder.
public struct ClientLetterRequest: Sendable {
    public var format: ConvertFormat
    /// The letter asked for; nil: a progress letter when a progress record reports on the latest
    /// referral, else the initial letter.
    public var kind: LetterKind?
    /// A progress record to use instead of the folder's latest.
    public var progress: URL?
    /// A client profile to use instead of the folder's `client.yaml`.
    public var client: URL?
    /// What prints a `pdf` letter (the HTML letter is made, then printed).
    public var pdfEngine: (any PDFEngine)?

    public init(
        format: ConvertFormat, kind: LetterKind? = nil, progress: URL? = nil, client: URL? = nil,
        pdfEngine: (any PDFEngine)? = nil
    ) {
        self.format = format
        self.kind = kind
        self.progress = progress
        self.client = client
        self.pdfEngine = pdfEngine
    }
}

/// A letter made for a client folder, not yet written.
public struct ClientLetter: Sendable {
    public var result: ConversionResult
    /// The referral and progress record it was made from.
    public var referral: URL
    public var progress: URL?
    /// Its name in the client folder (the kind written: `alert` for a refer-back plan).
    public var name: LetterName
}

extension Workspace {
    /// Makes the letter for the client in `folder`: its latest referral, its client profile and
    /// the latest progress record that reports on that referral, all checked against it. Unless
    /// a kind is asked for, the first letter for a referral is the initial one, later ones are
    /// progress letters.
    public func letter(for folder: ClientFolder, _ request: ClientLetterRequest) throws -> ClientLetter {
        let (referralURL, _) = try latestReferral(in: folder)
        let client = try (request.client ?? folder.profile).map(Self.client)
        let referral = try read(contentsOf: referralURL)
        let kind = request.kind ?? (folder.hasAnswered(referral) ? .progress : .initial)
        var progress: (URL, Progress)?
        if let file = request.progress {
            progress = (file, try self.progress(file))
        } else if kind.needsProgress {
            progress = try latestProgress(in: folder, for: referral)
        }
        var result = try convert(
            ConversionRequest(
                data: try Self.contents(of: referralURL), path: referralURL.relativePath,
                outputs: [request.format.artifact], client: client, letter: kind,
                progress: kind.needsProgress ? progress?.1 : nil))
        result.files[0].data = Array(try result.letter(as: request.format, engine: request.pdfEngine))
        let written = result.plan.status == .referBack ? LetterKind.alert : kind
        let who =
            client?.identity.name?.value ?? result.referral.patient.name
        let name = LetterName(
            client: who.flatMap(LetterName.clientPart) ?? folder.id, date: day(), kind: written,
            fileExtension: LetterName.fileExtension(for: request.format))
        return ClientLetter(
            result: result, referral: referralURL, progress: kind.needsProgress ? progress?.0 : nil, name: name)
    }

    /// Writes `letter` into `folder`, readable by the owner alone; a letter of that name (same
    /// client, date and kind) is never replaced.
    public static func write(_ letter: ClientLetter, into folder: ClientFolder) throws -> URL {
        let file = folder.url.appendingPathComponent(letter.name.fileName)
        try AtomicWriter.write(Data(letter.result.files[0].data), to: file, permissions: 0o600, replace: false)
        return file
    }

    /// The folder's referral with the latest document date (the last by file name among equals).
    public func latestReferral(in folder: ClientFolder) throws -> (URL, Referral) {
        var latest: (URL, Referral, CalendarDate?)?
        for url in folder.referrals {
            let referral = try read(contentsOf: url)
            let date = referral.document.date.flatMap(CalendarDate.init)
            if let current = latest, let currentDate = current.2, date.map({ $0 < currentDate }) ?? true { continue }
            latest = (url, referral, date)
        }
        guard let latest else {
            throw LiaisonError(
                .unsupportedInput, "the client folder holds no referral (no .xml file)",
                at: SourceLocation(file: folder.url.relativePath),
                hint: "save the provider's referral (CDA or plain referral XML) in the folder")
        }
        return (latest.0, latest.1)
    }

    /// The latest progress record (by the last day it covers, then by file name) that reports on
    /// `referral` or names no referral (which the check then refuses); nil when there is none.
    public func latestProgress(in folder: ClientFolder, for referral: Referral) throws -> (URL, Progress)? {
        var latest: (URL, Progress)?
        for url in folder.progressRecords {
            let progress = try self.progress(url)
            guard RecordMatch.mayReport(progress.record, on: referral) else { continue }
            let day = progress.record.to ?? progress.record.from
            if let current = latest, let currentDay = current.1.record.to ?? current.1.record.from,
                day.map({ $0 < currentDay }) ?? true
            {
                continue
            }
            latest = (url, progress)
        }
        return latest
    }
}
