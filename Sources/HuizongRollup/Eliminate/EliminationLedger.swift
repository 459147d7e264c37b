import HuizongModel

/// The internal flows of one department matched for elimination (合并).
public struct EliminationLedger: Sendable, Hashable, Codable {
    /// The kind of an internal flow.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 上级补助收入 (subordinates, T2) ↔ 对附属单位补助支出 (parent, T3).
        case subsidy = "上级补助收入↔对附属单位补助支出"
        /// 附属单位上缴收入 (parent, T2) ↔ 上解上级支出 (subordinates, T3).
        case remittance = "附属单位上缴收入↔上解上级支出"
    }

    /// One function code's flows of one kind.
    public struct Pair: Sendable, Hashable, Codable {
        public var kind: Kind
        /// The 支出功能分类 code (the leaf rows of the units).
        public var functionCode: String
        public var functionName: String
        /// Recorded as income (T2) by the receiving units.
        public var income: Amount
        public var incomeUnits: [String]
        /// Recorded as expenditure (T3) by the paying units.
        public var expenditure: Amount
        public var expenditureUnits: [String]
        /// Eliminated: the smaller of the two.
        public var matched: Amount { min(income, expenditure) }
        /// income − expenditure: what one side records and the other does not.
        public var unmatched: Amount { income - expenditure }
    }

    /// The department.
    public var departmentCode: String
    /// Every code with an internal flow, by kind then code.
    public var pairs: [Pair]

    /// Total eliminated.
    public var matchedTotal: Amount { pairs.map(\.matched).sum() }
    /// Pairs that do not match.
    public var unmatchedPairs: [Pair] { pairs.filter { $0.unmatched != .zero } }
}
