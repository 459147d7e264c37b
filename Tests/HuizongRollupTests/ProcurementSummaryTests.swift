import Testing
import HuizongModel
@testable import HuizongRollup

/// The catalogue totals of ``ProcurementSummary`` are those of grouping each unit's items
/// by code and merging the groups in unit order, whatever the threads and runs.
@Suite struct ProcurementSummaryTests {
    /// Codes, two of them the same `String` in different bytes (é composed and decomposed).
    static let codes = ["A02010104", "A05040101", "C05990000", "A0201060102", "B0\u{E9}", "B0e\u{301}"]
    static let names = ["台式计算机", "复印纸", "其他社会服务", "激光打印机", "服务器", "空调机"]

    /// `count` units with pseudo-random items (a fixed seed), some without a procurement table.
    static func units(_ count: Int, seed: UInt64) -> [Budget] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            var budget = Budget(code: String(format: "%06d", 301001 + index), name: "单位\(index)", year: 2025)
            guard next(7) != 0 else { return budget }
            var rows = [ProcurementRow(kind: .total, projectName: "合计", amounts: [nil])]
            for project in 0..<(1 + next(3)) {
                rows.append(ProcurementRow(kind: .subtotal, projectName: "项目\(project)", amounts: [nil]))
                for _ in 0..<next(6) {
                    let quantity = next(4) == 0 ? nil : Quantity(tenThousandths: Int64(next(50_000)), decimals: next(3))
                    rows.append(ProcurementRow(kind: .item, projectName: "项目\(project)", projectBudget: Amount(fen: 50_000),
                                               itemName: names[next(names.count)], catalogCode: codes[next(codes.count)],
                                               quantity: quantity, amounts: [next(5) == 0 ? nil : Amount(fen: Int64(next(9_000)))]))
                }
            }
            budget.procurement = ProcurementTable(header: TableHeader(scope: .unit, unitCode: budget.code, unitName: budget.name,
                                                                      budgetYear: 2025, currency: "万元"), rows: rows)
            return budget
        }
    }

    /// The totals as each unit's parts (codes as bytes), merged in unit order (codes as `String`s).
    static func reference(_ units: [Budget]) -> [ProcurementSummary.ByCatalog] {
        var merged: [ProcurementSummary.ByCatalog] = []
        var position: [String: Int] = [:]
        for unit in units {
            var parts: [ProcurementSummary.ByCatalog] = []
            for row in unit.procurement?.rows ?? [] where row.kind == .item {
                if let at = parts.firstIndex(where: { $0.catalogCode.utf8.elementsEqual(row.catalogCode.utf8) }) {
                    parts[at].add(itemName: row.itemName, quantity: row.quantity, amount: row.amounts[0])
                } else {
                    var part = ProcurementSummary.ByCatalog(catalogCode: row.catalogCode, itemNames: [], itemCount: 0, quantity: nil, amount: .zero)
                    part.add(itemName: row.itemName, quantity: row.quantity, amount: row.amounts[0])
                    parts.append(part)
                }
            }
            for part in parts {
                if let at = position[part.catalogCode] { merged[at].merge(part) } else {
                    position[part.catalogCode] = merged.count
                    merged.append(part)
                }
            }
        }
        return merged.sorted { $0.catalogCode < $1.catalogCode }
    }

    @Test(arguments: [(0, 1), (1, 2), (5, 1), (5, 2), (40, 1), (40, 2), (40, 3), (203, 2), (203, 5)])
    func catalogueTotalsAreThoseOfUnitByUnitMerging(count: Int, threads: Int) {
        let units = Self.units(count, seed: UInt64(count * 31 + threads))
        let summary = ProcurementSummary.make(units: units, consolidated: nil, threads: threads)
        let expected = Self.reference(units)
        #expect(summary.byCatalog == expected)
        // Names keep their bytes: the composed and decomposed codes share one total.
        #expect(summary.byCatalog.map { Array($0.catalogCode.utf8) } == expected.map { Array($0.catalogCode.utf8) })
        #expect(summary.units.map(\.unitCode) == units.filter { $0.procurement != nil }.map(\.code))
        #expect(summary.units == ProcurementSummary.make(units: units, consolidated: nil, threads: 1).units)
    }

    @Test func runsCoverEveryIndexOnceInOrder() {
        for count in [0, 1, 3, 7, 8, 100, 10_001] {
            for workers in [1, 2, 3, 8] {
                let runs = ProcurementSummary.runs(count: count, workers: workers)
                #expect(runs.flatMap { Array($0) } == Array(0..<count))
                #expect(runs.allSatisfy { !$0.isEmpty })
                #expect(runs.count == min(count, workers > 1 ? workers * 4 : 1))
            }
        }
    }
}

/// The run's year: the most common, the earliest of equally common ones, whether the years
/// are counted in the short list or (past eight distinct years) in a dictionary.
@Suite struct MostCommonYearTests {
    /// The plain count, as a dictionary gives it.
    static func reference(_ years: [Int?]) -> Int? {
        var counts: [Int: Int] = [:]
        for year in years { if let year { counts[year, default: 0] += 1 } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    @Test func mostCommonThenEarliest() {
        #expect(Rollup.mostCommonYear([]) == nil)
        #expect(Rollup.mostCommonYear([nil, nil]) == nil)
        #expect(Rollup.mostCommonYear([2025, nil, 2024, 2025]) == 2025)
        #expect(Rollup.mostCommonYear([2025, 2024, 2026, 2024, 2025]) == 2024)
        var state: UInt64 = 5
        for length in [1, 7, 20, 200] {
            for spread in [1, 3, 9, 40] {
                let years: [Int?] = (0..<length).map { _ in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let draw = Int((state >> 33) % UInt64(spread + 1))
                    return draw == spread ? nil : 2000 + draw
                }
                #expect(Rollup.mostCommonYear(years) == Self.reference(years), "\(years)")
            }
        }
    }
}

/// `ProcurementSummary.sameText` answers as `bytesEqual`: the very same string, equal
/// bytes stored apart, canonically equal but differently encoded texts, and others.
@Suite struct ProcurementSameTextTests {
    @Test func answersAsBytesEqual() {
        let long = "养老保险各险种经办业务费（公用经费）"
        let apart = String(decoding: Array(long.utf8), as: UTF8.self)
        let texts = [long, apart, long + "一", "", "合计", "e\u{301}", "\u{e9}", String(repeating: "项", count: 40),
                     String(decoding: Array(String(repeating: "项", count: 40).utf8), as: UTF8.self), "a\u{0}b", "a\u{0}c"]
        for a in texts {
            for b in texts {
                #expect(ProcurementSummary.sameText(a, b) == a.bytesEqual(b), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
        #expect(ProcurementSummary.sameText(long, apart) && !ProcurementSummary.sameText("e\u{301}", "\u{e9}"))
    }

    /// A code's names are listed once per distinct bytes: a long name stored apart (not
    /// the same string value) is the same name; canonically equal texts in other bytes are not.
    @Test func catalogueNamesListedOncePerBytes() {
        let long = "养老保险各险种经办业务费（公用经费）"
        let apart = String(decoding: Array(long.utf8), as: UTF8.self)
        var total = ProcurementSummary.ByCatalog(catalogCode: "A02010104", itemNames: [], itemCount: 0, quantity: nil, amount: .zero)
        for name in [long, "台式计算机", apart, "e\u{301}", "\u{e9}", "台式计算机", long] {
            total.add(itemName: name, quantity: nil, amount: Amount(fen: 1))
        }
        #expect(total.itemNames.map { Array($0.utf8) } == [long, "台式计算机", "e\u{301}", "\u{e9}"].map { Array($0.utf8) })
        #expect(total.itemCount == 7 && total.amount == Amount(fen: 7))
        // Codes too: a unit's items of one long code stored apart make one part.
        var budget = Budget(code: "301001", name: "单位", year: 2025)
        let code = "A0201010401020304"
        let codeApart = String(decoding: Array(code.utf8), as: UTF8.self)
        budget.procurement = ProcurementTable(header: TableHeader(scope: .unit, unitCode: "301001", unitName: "单位", budgetYear: 2025, currency: "万元"),
                                              rows: [code, codeApart, code].map { ProcurementRow(kind: .item, projectName: "项目", itemName: "复印纸", catalogCode: $0, amounts: [Amount(fen: 2)]) })
        let summary = ProcurementSummary.make(units: [budget], consolidated: nil, threads: 1)
        #expect(summary.byCatalog.count == 1 && summary.byCatalog.first?.itemCount == 3)
    }
}
