import Foundation
import LiaisonModel

/// `liaison inspect --format text`: ``ReferralSummary`` as UTF-8.
public struct ReferralSummaryWriter: Writer {
    public var format: String { "text" }
    public func write(_ referral: Referral) throws -> Data { Data(ReferralSummary.text(referral).utf8) }
}

/// `liaison plan --format text`: ``PlanSummary`` titled with the file name.
public struct PlanSummaryWriter: Writer {
    public var format: String { "text" }
    public func write(_ filed: FiledPlan) throws -> Data { Data(PlanSummary.text(filed.plan, title: filed.file).utf8) }
}
