import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// Bad input gives a clear error with file, line, table and row; never a crash, never
/// a silently wrong number.
@Suite struct BadInputTests {
    /// The single error of `result`, which must exist.
    func onlyError(_ result: ReadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ReadDiagnostic? {
        let errors = result.errors
        #expect(errors.count == 1, "errors: \(errors.map(\.rendered))", sourceLocation: sourceLocation)
        return errors.first
    }

    @Test func emptyFile() {
        for text in ["", "  \n\n\t\n"] {
            let result = BudgetReader.read(text: text, fileName: "empty.txt")
            #expect(result.budget == nil)
            #expect(onlyError(result)?.problem == .emptyFile)
            #expect(onlyError(result)?.rendered.contains("empty.txt") == true)
        }
    }

    @Test func binaryGarbage() {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[10] = 0
        let result = BudgetReader.read(bytes: bytes, fileName: "garbage.bin")
        #expect(result.budget == nil)
        guard case .notText = onlyError(result)?.problem else { Issue.record("expected notText"); return }
    }

    @Test func textWithoutTables() {
        let result = BudgetReader.read(text: "这不是预算。\n只是一段文字。\n", fileName: "prose.txt")
        #expect(result.errors.map(\.problem) == [.noTables])
    }

    @Test func letterOInAnAmount() throws {
        let text = Seed.replacingLine("\t1047.65", with: ["\t1O47.65"])
        let result = Seed.read(text, name: "o.txt")
        let error = try #require(onlyError(result))
        #expect(error.problem == .notAnAmount("1O47.65"))
        #expect(error.table == .t1)
        #expect(error.line == 24)
        #expect(error.row == "序号1 一、一般公共预算拨款收入")
        #expect(error.column == "收入/预算数")
        #expect(error.rendered == "错误 o.txt:24 T1 收支总表 序号1 一、一般公共预算拨款收入 「收入/预算数」栏：金额栏不是数字：“1O47.65”（应为如 1047.65 的金额，或空白）")
        let budget = try #require(result.budget)
        #expect(budget.t1 == nil, "a table with a bad amount is not half-read")
        #expect(result.unreadTables[.t1] != nil)
        #expect(budget.t2 != nil, "the other tables are still read")
    }

    @Test func threeDecimals() throws {
        let text = Seed.replacingLine("\t7.60", with: ["\t7.605"])
        let error = try #require(onlyError(Seed.read(text)))
        #expect(error.problem == .tooManyDecimals("7.605", allowed: 2))
        #expect(error.table == .t6)
        #expect(error.row == "序号13 30201 办公费")
    }

    /// A procurement item row names itself by project and item in messages (the name is
    /// made only when a cell cannot be read); a subtotal row by its name alone.
    @Test func procurementRowNamedInMessages() throws {
        let quantity = try #require(onlyError(Seed.read(Seed.replacingLine("\t2000", with: ["\t两千"]))))
        #expect(quantity.problem == .notAQuantity("两千"))
        #expect(quantity.table == .procurement)
        #expect(quantity.row == "公用经费一 复印纸")
        #expect(quantity.column == "数量")
        let budget = Seed.replacingLine("\t7.60", occurrence: 3, with: ["\t7.6O"])
        let amount = try #require(onlyError(Seed.read(budget)))
        #expect(amount.problem == .notAnAmount("7.6O"))
        #expect(amount.table == .procurement)
        #expect(amount.row == "公用经费一 复印纸")
        #expect(amount.column == "预算资金")
        let subtotal = Seed.text.replacing("\t秦皇岛市海港区社会保险事业所小计\n\t\n", with: "\t秦皇岛市海港区社会保险事业所小计\n\t4O\n")
        let subtotalError = try #require(onlyError(Seed.read(subtotal)))
        #expect(subtotalError.problem == .notAnAmount("4O"))
        #expect(subtotalError.table == .procurement)
        #expect(subtotalError.row == "秦皇岛市海港区社会保险事业所小计")
    }

    /// Quantity cells read from their bytes when plain, else after removing whitespace:
    /// the same values and the same errors either way.
    @Test func procurementQuantityCells() throws {
        func item(_ cell: String) -> ReadResult { Seed.read(Seed.replacingLine("\t2000", with: ["\t" + cell])) }
        func quantity(_ cell: String) -> Quantity? { item(cell).budget?.procurement?.rows.first { $0.itemName == "复印纸" }?.quantity }
        #expect(quantity("2000") == Quantity(2000))
        #expect(quantity("12.5")?.description == "12.5")
        #expect(quantity("0.0001")?.tenThousandths == 1)
        #expect(quantity("2 000") == Quantity(2000), "whitespace inside is removed")
        #expect(quantity("\u{3000}12.50\u{3000}")?.description == "12.50", "full-width spaces are removed")
        #expect(quantity("\u{3000}") == nil, "only whitespace reads as no quantity")
        for bad in ["12.", "1.23456", ".5.", "1,000", "-3"] {
            #expect(item(bad).errors.map(\.problem) == [.notAQuantity(bad)], "\(bad)")
        }
    }

    @Test func missingCellTabLayout() throws {
        // T2 row 5 (2080199) loses its 财政拨款收入 cell.
        let text = Seed.replacingLine("\t128.00", with: [])
        let error = try #require(onlyError(Seed.read(text)))
        #expect(error.problem == .cellCount(expected: 13, found: 12))
        #expect(error.table == .t2)
        #expect(error.row?.hasPrefix("序号5 2080199") == true)
    }

    @Test func extraCellTabLayout() throws {
        let text = Seed.replacingLine("\t128.00", with: ["\t128.00", "\t128.00"])
        let error = try #require(onlyError(Seed.read(text)))
        #expect(error.problem == .cellCount(expected: 13, found: 14))
        #expect(error.table == .t2)
    }

    @Test func missingCellPipeLayout() throws {
        let text = LayoutVariants.pipe(Seed.replacingLine("\t128.00", with: []))
        let error = try #require(onlyError(Seed.read(text)))
        #expect(error.table == .t2)
        #expect(error.problem == .badRowNumber(expected: 6, found: "20805") || error.problem == .badCode("355.59", scheme: .function),
                "\(error.rendered)")
    }

    @Test func unknownTableTitle() throws {
        let text = Seed.replacingLine("单位预算收入总表", with: ["单位预算收入明细表"])
        let result = Seed.read(text)
        let error = try #require(onlyError(result))
        #expect(error.problem == .unknownTitle("单位预算收入明细表"))
        #expect(result.budget?.t2 == nil)
        #expect(result.budget?.t3 != nil)
    }

    @Test func unitCodeDiffersBetweenTables() throws {
        let text = Seed.replacingLine("\t323003秦皇岛市海港区社会保险事业所", occurrence: 3,
                                      with: ["\t323004秦皇岛市海港区社会保险事业所"])
        let error = try #require(onlyError(Seed.read(text)))
        #expect(error.problem == .headerDisagrees(field: "单位编码", expected: "323003", found: "323004", firstTable: .t1))
        #expect(error.table == .t3)
    }

    @Test func truncatedInsideATable() throws {
        let lines = Seed.text.components(separatedBy: "\n")
        // Cut in the middle of a T3 row.
        let cut = lines.prefix(648).joined(separator: "\n")
        let result = Seed.read(cut, name: "cut.txt")
        let error = try #require(onlyError(result))
        #expect(error.table == .t3)
        guard case .truncated = error.problem else { Issue.record("expected truncated, got \(error.rendered)"); return }
        #expect(result.budget?.t2 != nil)
        #expect(result.budget?.t4 == nil)
    }

    @Test func documentWithSomeTablesOnly() throws {
        let lines = Seed.text.components(separatedBy: "\n")
        let t1Only = lines.prefix(while: { $0 != "单位预算收入总表" }).joined(separator: "\n")
        let result = Seed.read(t1Only)
        #expect(result.errors.isEmpty)
        #expect(result.budget?.presentTables == [.t1])
    }

    @Test func everyLineCutNeverCrashes() {
        // Cut the seed after every 37th line: each read ends with a budget or errors, never a trap.
        let lines = Seed.text.components(separatedBy: "\n")
        for end in stride(from: 1, to: lines.count, by: 37) {
            let result = Seed.read(lines.prefix(end).joined(separator: "\n"))
            #expect(result.budget != nil || !result.errors.isEmpty)
        }
    }
}
