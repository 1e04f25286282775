import Foundation
import LiaisonModel

/// The JSON contracts as bytes: pretty printed, or compact for JSON Lines; each ends with a
/// line break.
public enum ContractJSON {
    /// The `inspect` contract.
    public static func referral(_ referral: Referral, pretty: Bool = true) -> [UInt8] {
        write(pretty) { $0.referral(referral) }
    }

    /// The `plan` contract; `file` adds the JSON Lines form's `file` key.
    public static func plan(_ plan: Plan, file: String? = nil, pretty: Bool = true) -> [UInt8] {
        write(pretty) { $0.plan(plan, file: file) }
    }

    /// The referral and its plan in one object (`liaison convert --format json`).
    public static func referralAndPlan(_ referral: Referral, _ plan: Plan) -> [UInt8] {
        write(true) { out in
            out.object { o in
                o.key("plan")
                o.plan(plan)
                o.key("referral")
                o.referral(referral)
            }
        }
    }

    private static func write(_ pretty: Bool, _ body: (inout JSONOut) -> Void) -> [UInt8] {
        var out = JSONOut(pretty: pretty)
        body(&out)
        var bytes = out.bytes
        bytes.append(0x0A)
        return bytes
    }
}

/// `liaison inspect --format json`: the referral contract, pretty printed, or with `lines` one
/// compact object per line (JSON Lines, `jsonl`).
public struct ReferralJSONWriter: Writer {
    public let lines: Bool

    public init(lines: Bool) { self.lines = lines }

    public var format: String { lines ? "jsonl" : "json" }

    public func write(_ referral: Referral) throws -> Data { Data(ContractJSON.referral(referral, pretty: !lines)) }
}

/// `liaison plan --format json`: the plan contract; as JSON Lines each object also carries the
/// `file` it was made from.
public struct PlanJSONWriter: Writer {
    public let lines: Bool

    public init(lines: Bool) { self.lines = lines }

    public var format: String { lines ? "jsonl" : "json" }

    public func write(_ filed: FiledPlan) throws -> Data {
        Data(ContractJSON.plan(filed.plan, file: lines ? filed.file : nil, pretty: !lines))
    }
}
