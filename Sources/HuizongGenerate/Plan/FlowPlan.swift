/// An internal flow between two units of one department, which a consolidated (合并)
/// department budget must eliminate.
public struct InternalFlow: Sendable, Hashable, Codable {
    /// The kind of flow.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The office pays 对附属单位补助支出 (T3); the subordinate records 上级补助收入 (T2).
        case subsidy
        /// A subordinate pays 上解上级支出 (T3); the office records 附属单位上缴收入 (T2).
        case remittance
    }

    /// Subsidy or remittance.
    public var kind: Kind
    /// The department.
    public var departmentCode: String
    /// The 支出功能分类 项 both sides record it under.
    public var functionCode: String
    /// The paying unit and the amount it records as expenditure (hundredths of 万元).
    public var payerCode: String
    public var payerHundredths: Int64
    /// The receiving unit and the amount it records as income.
    public var payeeCode: String
    public var payeeHundredths: Int64

    /// True when both sides record the same amount.
    public var isMatched: Bool { payerHundredths == payeeHundredths }
}

/// Decides the internal flows of each department.
///
/// In about half the departments with subordinates the office subsidises one to three
/// of them (funded by the office's 其他收入, spent by the subordinate on a project of its
/// own function 项), and subordinates with 事业收入 or 经营收入 of one function 项 remit
/// part of it to the office (spent by the office on a 统筹 project). About one flow in
/// seven is recorded differently by the two sides, and a district with three flows or
/// more has at least one such mismatch.
enum FlowPlan {
    static func flows(_ departments: [PlannedDepartment], seed: UInt64) -> [InternalFlow] {
        var flows: [InternalFlow] = []
        for department in departments where department.units.count >= 2 {
            var rng = SplitMix64(seed: seed, stream: 50_000_000 + (UInt64(department.code) ?? 0))
            guard rng.percent(55) else { continue }
            let office = department.units[0]
            let subordinates = Array(department.units.dropFirst())
            for index in rng.sample(rng.int(1...3), of: subordinates.count) {
                let unit = subordinates[index]
                let amount = money(&rng, 10...120)
                flows.append(InternalFlow(kind: .subsidy, departmentCode: department.code, functionCode: unit.mainItem,
                                          payerCode: office.code, payerHundredths: amount,
                                          payeeCode: unit.code, payeeHundredths: amount))
            }
            let earners = subordinates.filter { $0.template.businessIncome || $0.template.operating }
            if let first = earners.first, rng.percent(70) {
                // All remittances of a department share one function 项 (one 统筹 project).
                let sameItem = earners.filter { $0.mainItem == first.mainItem }
                for unit in sameItem.prefix(2) {
                    let amount = money(&rng, 5...60)
                    flows.append(InternalFlow(kind: .remittance, departmentCode: department.code, functionCode: unit.mainItem,
                                              payerCode: unit.code, payerHundredths: amount,
                                              payeeCode: office.code, payeeHundredths: amount))
                }
            }
        }
        var rng = SplitMix64(seed: seed, stream: 60_000_000)
        for index in flows.indices where rng.percent(15) { mismatch(&flows[index], &rng) }
        if flows.count >= 3, flows.allSatisfy(\.isMatched) { mismatch(&flows[flows.count - 1], &rng) }
        return flows
    }

    /// The payee records less than the payer paid (1 %–20 % less, at least 0.01 万元).
    static func mismatch(_ flow: inout InternalFlow, _ rng: inout SplitMix64) {
        let cut = max(1, flow.payerHundredths * Int64(rng.int(10...200)) / 1000)
        flow.payeeHundredths = max(1, flow.payerHundredths - cut)
        if flow.payeeHundredths == flow.payerHundredths { flow.payeeHundredths += 1 }
    }

    /// A random amount in `wan` 万元, in hundredths; half of them whole 万元.
    static func money(_ rng: inout SplitMix64, _ wan: ClosedRange<Int>) -> Int64 {
        let value = rng.int64(Int64(wan.lowerBound) * 100...Int64(wan.upperBound) * 100)
        return rng.percent(50) ? max(100, value / 100 * 100) : value
    }
}
