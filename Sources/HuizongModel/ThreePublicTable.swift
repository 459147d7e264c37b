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
        rows.first { ThreePublicTable.label($0.label, is: label) }
    }

    /// True when `printed`, without whitespace, the `其中：` prefix and an ordinal of at most
    /// three characters before `、`, is `label` (compared as UTF-8 bytes).
    static func label(_ printed: String, is label: String) -> Bool {
        printed.removingWhitespace.withBorrowedUTF8 { bytes in
            label.withBorrowedUTF8 { target in ThreePublicTable.label(bytes: bytes, is: target) }
        }
    }

    /// ``label(_:is:)`` on UTF-8 bytes: `bytes` is the printed label without whitespace.
    public static func label(bytes: UnsafeBufferPointer<UInt8>, is target: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        // `其中：` is E5 85 B6 E4 B8 AD EF BC 9A.
        if bytes.count >= 9 && bytes[0] == 0xE5 && bytes[1] == 0x85 && bytes[2] == 0xB6 && bytes[3] == 0xE4
            && bytes[4] == 0xB8 && bytes[5] == 0xAD && bytes[6] == 0xEF && bytes[7] == 0xBC && bytes[8] == 0x9A { start = 9 }
        // An ordinal: up to three characters, then `、` (E3 80 81).
        var i = start, characters = 0
        while i + 2 < bytes.count && characters <= 3 {
            if bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81 { start = i + 3; break }
            i += UTF8Whitespace.scalarLength(lead: bytes[i]); characters += 1
        }
        return bytes.count - start == target.count && UTF8Bytes.equal(bytes[start...], target[...])
    }
}

/// A row identified by its printed label (T9 and the asset table).
public struct LabeledRow: Sendable, Hashable, Codable {
    // Stored texts and lists first, then the number with the location in the bytes after
    // its tag: 48 bytes a row, not 56.

    /// The label, leading indentation removed.
    public var label: String
    /// The amount columns.
    public var amounts: [Amount?]
    /// Quantities (asset table 数量), empty elsewhere.
    public var quantities: [Quantity?]
    /// 序号 as printed, when printed.
    public var number: Int?
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
