/// T9 财政拨款“三公”经费支出表: nine fixed rows (合计, “三公”经费小计, 因公出国（境）费
/// and its two 其中 rows, 公务用车购置及运维费 and its two 其中 rows, 公务接待费), each
/// with 合计 and the three fund columns.
public struct ThreePublicTable: Sendable, Hashable, Codable {
    /// The header cells.
    public var header: TableHeader
    /// Rows in printed order.
    public var rows: [LabeledRow]

    public init(header: TableHeader, rows: [LabeledRow]) { self.header = header; self.rows = rows }

    /// The row whose label is `label` once whitespace, an ordinal (`三、`) and the
    /// `其中：` prefix are removed.
    public func row(_ label: String) -> LabeledRow? {
        rows.first { row in
            var key = row.label.removingWhitespace.droppingPrefix("其中：")
            if let mark = key.firstIndex(of: "、"), key[..<mark].count <= 3 { key = String(key[key.index(after: mark)...]) }
            return key == label
        }
    }
}

/// A row identified by its printed label (T9 and the asset table).
public struct LabeledRow: Sendable, Hashable, Codable {
    /// 序号 as printed, when printed.
    public var number: Int?
    /// The label, leading indentation removed.
    public var label: String
    /// The amount columns.
    public var amounts: [Amount?]
    /// Quantities (asset table 数量), empty elsewhere.
    public var quantities: [Quantity?]
    /// Where the row was read.
    public var source: SourceLocation

    public init(number: Int?, label: String, amounts: [Amount?], quantities: [Quantity?] = [], source: SourceLocation = .none) {
        self.number = number; self.label = label; self.amounts = amounts; self.quantities = quantities; self.source = source
    }
}

/// 单位固定资产占用情况表: 资产总额, 房屋 (其中办公用房), 车辆, 单价20万元以上设备, 其他固定资产;
/// each with 数量 and 价值（万元）.
public struct AssetTable: Sendable, Hashable, Codable {
    /// The header cells (unit line and 截止时间).
    public var header: TableHeader
    /// Rows in printed order; `quantities[0]` is 数量, `amounts[0]` is 价值.
    public var rows: [LabeledRow]

    public init(header: TableHeader, rows: [LabeledRow]) { self.header = header; self.rows = rows }

    /// The row whose label contains `fragment` (labels are long: `1、房屋（平方米）`).
    public func row(containing fragment: String) -> LabeledRow? {
        rows.first { $0.label.removingWhitespace.containsBytes(fragment) }
    }
}
