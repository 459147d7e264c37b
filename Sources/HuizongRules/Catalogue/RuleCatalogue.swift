import HuizongModel

/// Every rule of the catalogue, sorted by id; each appears exactly once (a test checks).
public enum RuleCatalogue {
    /// All rules.
    public static let all: [any BudgetRule.Type] = RuleRegistry.rules.sorted { $0.description.id < $1.description.id }

    /// The rule with `id`.
    public static func rule(_ id: String) -> (any BudgetRule.Type)? { all.first { $0.description.id == id } }

    /// The catalogue version: changes whenever a rule is added or removed.
    public static var version: String {
        let ids = all.map { $0.description.id }.joined(separator: ",")
        let hash: UInt64 = ids.stableHash
        return "\(all.count)-" + String(hash, radix: 16)
    }
}

extension String {
    /// FNV-1a 64-bit hash of the UTF-8 bytes: stable across runs (unlike `hashValue`).
    var stableHash: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
