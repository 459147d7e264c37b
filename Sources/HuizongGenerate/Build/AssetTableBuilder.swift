import HuizongModel

/// 单位固定资产占用情况表 (as at the end of last year).
enum AssetTableBuilder {
    static func table(_ header: TableHeader, _ figures: AssetFigures) -> AssetTable {
        func quantity(_ value: Int64?) -> Quantity? { value.flatMap { $0 > 0 ? Quantity($0) : nil } }
        let rows = [
            LabeledRow(number: nil, label: "资产总额", amounts: [figures.total.amount], quantities: [nil]),
            LabeledRow(number: nil, label: "1、房屋（平方米）", amounts: [figures.buildingValue.cell], quantities: [quantity(figures.buildingArea)]),
            LabeledRow(number: nil, label: "\u{3000}\u{3000}其中：办公用房（平方米）", amounts: [figures.officeValue.cell],
                       quantities: [quantity(figures.officeArea)]),
            LabeledRow(number: nil, label: "2、车辆（台、辆）", amounts: [figures.vehicleValue.cell], quantities: [quantity(figures.vehicles)]),
            LabeledRow(number: nil, label: "3、单价在20万元以上的设备", amounts: [figures.equipmentValue.cell],
                       quantities: [quantity(figures.equipment)]),
            LabeledRow(number: nil, label: "4、其他固定资产", amounts: [figures.otherValue.cell], quantities: [quantity(figures.others)]),
        ]
        return AssetTable(header: header, rows: rows)
    }
}
