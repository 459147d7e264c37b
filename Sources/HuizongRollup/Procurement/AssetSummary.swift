import HuizongModel

/// Fixed assets (固定资产) by category, and each unit's narrative figures reconciled.
public struct AssetSummary: Sendable {
    /// One category row of the consolidated asset table.
    public struct Category: Sendable, Hashable {
        public var label: String
        public var quantity: Quantity?
        public var value: Amount?
    }

    /// One unit's reconciliation.
    public struct UnitReconciliation: Sendable, Hashable {
        public var unitCode: String
        public var unitName: String
        /// 资产总额 of the asset table.
        public var assetTotal: Amount?
        /// 上年末固定资产金额 quoted by the narrative.
        public var narrativeAssets: Amount?
        /// Fixed-asset purchases in the procurement table (catalogue codes A01–A04, A0501…).
        public var plannedPurchases: Amount
        /// 拟购置固定资产总额 quoted by the narrative.
        public var narrativePlanned: Amount?
        /// True when both narrative figures agree with the tables.
        public var isReconciled: Bool {
            (narrativeAssets == nil || narrativeAssets == assetTotal.orZero)
                && (narrativePlanned == nil || narrativePlanned == plannedPurchases)
        }
    }

    public var categories: [Category]
    public var units: [UnitReconciliation]

    /// Catalogue prefixes of fixed assets in the procurement table.
    public static let fixedAssetCatalogPrefixes = ["A01", "A02", "A03", "A04", "A0501"]

    /// True when `catalogCode` starts with one of ``fixedAssetCatalogPrefixes`` (`A01`–`A04`,
    /// `A0501`), its bytes borrowed with `withCString` (counted by `utf8.count`) and tested
    /// in place: neither the code (a text the reader may share between units) nor a list
    /// of prefixes is retained, so the workers summing units at once do not bounce their
    /// counts between cores. `AssetSummaryTests` holds this to the list.
    static func isFixedAsset(_ catalogCode: String) -> Bool {
        let count = catalogCode.utf8.count
        guard count >= 3 else { return false }
        return catalogCode.withCString { chars in
            chars.withMemoryRebound(to: UInt8.self, capacity: count) { b in
                guard b[0] == UInt8(ascii: "A"), b[1] == UInt8(ascii: "0") else { return false }
                if b[2] >= UInt8(ascii: "1") && b[2] <= UInt8(ascii: "4") { return true }
                return count >= 5 && b[2] == UInt8(ascii: "5") && b[3] == UInt8(ascii: "0") && b[4] == UInt8(ascii: "1")
            }
        }
    }

    /// The subjects of the narrative claims the summary reads (the first claim about each):
    /// all a roll-up keeps of a unit's claims when it keeps only what its outputs read.
    public static let claimSubjects: [ClaimSubject] = [.fixedAssets, .plannedAssetPurchases]

    /// Summarises `units` with the consolidated asset table `consolidated`, the units
    /// reconciled on `threads` threads (default: one per core).
    public static func make(units: [Budget], consolidated: AssetTable?, threads: Int? = nil) -> AssetSummary {
        let categories = (consolidated?.rows ?? []).map {
            Category(label: $0.label.trimmingAllWhitespace, quantity: $0.quantities.first ?? nil, value: $0.amounts.first ?? nil)
        }
        // Each unit on its own, in parallel, in unit order.
        let reconciliations = Parallel.map(units, threads: threads) { budget -> UnitReconciliation in
            let claims = budget.narrativeClaims ?? []
            var purchases = Amount.zero
            // Rows read in place, not copied.
            let rows = budget.procurement?.rows ?? []
            for index in rows.indices where rows[index].kind == .item && isFixedAsset(rows[index].catalogCode) {
                purchases += rows[index].amounts[0].orZero
            }
            // The asset table's rows only (binding the table, as `row(containing:)` does,
            // copied it, header fields and all): its 资产总额 row found as that finds it.
            let assetRows = budget.assets?.rows ?? []
            let totalRow = assetRows.indices.first { assetRows[$0].label.removingWhitespace.containsBytes("资产总额") }
            return UnitReconciliation(
                unitCode: budget.code, unitName: budget.name,
                assetTotal: totalRow.flatMap { assetRows[$0].amounts.first ?? nil },
                narrativeAssets: claims.first { $0.subject == .fixedAssets }?.amount,
                plannedPurchases: purchases,
                narrativePlanned: claims.first { $0.subject == .plannedAssetPurchases }?.amount)
        }
        return AssetSummary(categories: categories, units: reconciliations)
    }
}
