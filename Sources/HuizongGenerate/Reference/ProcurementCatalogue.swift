/// Items of the 政府采购品目分类目录 (government procurement catalogue) that unit budgets
/// buy, with a typical price range and quantity.
struct CatalogueItem: Sendable {
    /// Short key used by project themes (`pc`, `paper`).
    let key: String
    /// 政府采购目录序号.
    let code: String
    /// 采购物品名称.
    let name: String
    /// 计量单位.
    let measure: String
    /// Typical unit price in 元.
    let priceYuan: ClosedRange<Int>
    /// Typical quantity.
    let quantity: ClosedRange<Int>
    /// A fixed asset (counted in 拟购置固定资产总额): catalogue classes A01 房屋和构筑物,
    /// A02 设备, A03 文物和陈列品, A04 图书和档案 and A0501 家具 (as the rule
    /// `n_planned_purchases_match_p` counts them); A0504 办公用品 and services are not.
    var isFixedAsset: Bool { ["A01", "A02", "A03", "A04", "A0501"].contains { code.hasPrefix($0) } }
    /// A service (class C): priced per 项, the project's whole purchase.
    var isService: Bool { code.hasPrefix("C") }
}

enum ProcurementCatalogue {
    /// Every item, by key.
    static let items: [String: CatalogueItem] = {
        var map: [String: CatalogueItem] = [:]
        for item in list { map[item.key] = item }
        return map
    }()

    /// The item with `key`; traps for an unknown key (a generator bug).
    static func item(_ key: String) -> CatalogueItem {
        guard let item = items[key] else { preconditionFailure("catalogue key \(key) unknown") }
        return item
    }

    /// Consumables bought from 办公费 (公用经费).
    static let officeSupplies = ["paper", "toner"]
    /// Equipment bought from 办公设备购置 (公用经费).
    static let officeEquipment = ["pc", "laptop", "printer", "ac", "desk", "cabinet"]

    static let list: [CatalogueItem] = [
        CatalogueItem(key: "pc", code: "A02010104", name: "台式计算机", measure: "台", priceYuan: 4500...7000, quantity: 2...20),
        CatalogueItem(key: "laptop", code: "A02010105", name: "便携式计算机", measure: "台", priceYuan: 5500...9000, quantity: 1...8),
        CatalogueItem(key: "server", code: "A02010103", name: "服务器", measure: "台", priceYuan: 30000...90000, quantity: 1...2),
        CatalogueItem(key: "printer", code: "A0201060102", name: "激光打印机", measure: "台", priceYuan: 1500...3500, quantity: 1...8),
        CatalogueItem(key: "copier", code: "A02020100", name: "复印机", measure: "台", priceYuan: 15000...45000, quantity: 1...2),
        CatalogueItem(key: "ac", code: "A0206180203", name: "空调机", measure: "台", priceYuan: 3500...8000, quantity: 1...10),
        CatalogueItem(key: "tv", code: "A02091001", name: "普通电视设备（电视机）", measure: "台", priceYuan: 3000...9000, quantity: 1...4),
        CatalogueItem(key: "car", code: "A020305", name: "乘用车（轿车）", measure: "辆", priceYuan: 150000...180000, quantity: 1...1),
        CatalogueItem(key: "desk", code: "A05010201", name: "办公桌", measure: "张", priceYuan: 800...2500, quantity: 2...20),
        CatalogueItem(key: "chair", code: "A05010301", name: "办公椅", measure: "把", priceYuan: 300...900, quantity: 4...40),
        CatalogueItem(key: "cabinet", code: "A05010502", name: "文件柜", measure: "组", priceYuan: 800...1800, quantity: 2...20),
        CatalogueItem(key: "paper", code: "A05040101", name: "复印纸", measure: "包", priceYuan: 18...28, quantity: 200...3000),
        CatalogueItem(key: "toner", code: "A05040201", name: "鼓粉盒", measure: "个", priceYuan: 150...450, quantity: 10...200),
        CatalogueItem(key: "property", code: "C21040000", name: "物业管理服务", measure: "项", priceYuan: 0...0, quantity: 1...1),
        CatalogueItem(key: "social", code: "C05990000", name: "其他社会服务", measure: "项", priceYuan: 0...0, quantity: 1...4),
        CatalogueItem(key: "it", code: "C16070000", name: "运行维护服务", measure: "项", priceYuan: 0...0, quantity: 1...1),
    ]
}
