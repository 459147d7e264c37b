import HuizongModel

/// T9 财政拨款“三公”经费支出表 from the basic expenditure on 30212 因公出国（境）费用,
/// 30231 公务用车运行维护费 and 30217 公务接待费 (all general budget).
enum ThreePublicBuilder {
    /// The figures of the nine rows, in printed order, in hundredths.
    struct Figures: Sendable, Hashable {
        var abroad: Hundredths, vehiclePurchase: Hundredths, vehicleOperation: Hundredths, reception: Hundredths
        var vehicles: Hundredths { vehiclePurchase + vehicleOperation }
        var subtotal: Hundredths { abroad + vehicles + reception }
    }

    /// The figures of `content`.
    static func figures(_ content: UnitContent) -> Figures {
        Figures(abroad: content.basic("30212"), vehiclePurchase: 0, vehicleOperation: content.basic("30231"),
                reception: content.basic("30217"))
    }

    /// The table.
    static func table(_ header: TableHeader, _ figures: Figures) -> ThreePublicTable {
        let rows: [(String, Hundredths)] = [
            ("合计", figures.subtotal), ("“三公”经费小计", figures.subtotal), ("一、因公出国（境）费", figures.abroad),
            ("其中：教学科研人员因公出国（境）费", 0), ("其他因公出国（境）费", figures.abroad),
            ("二、公务用车购置及运维费", figures.vehicles), ("其中：公务用车购置费", figures.vehiclePurchase),
            ("公务用车运行维护费", figures.vehicleOperation), ("三、公务接待费", figures.reception),
        ]
        return ThreePublicTable(header: header, rows: rows.enumerated().map { index, row in
            LabeledRow(number: index + 1, label: row.0, amounts: [row.1.cell, row.1.cell, nil, nil])
        })
    }
}
