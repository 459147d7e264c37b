import Foundation
import Testing
import HuizongModel
@testable import HuizongRules

/// Each thread keeps its own T1/T4 index memo: a thread's tables with the same label strings
/// share one index, and no thread hands out another thread's memo.
@Suite struct BalanceLineIndexMemoTests {
    static let header = TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", budgetYear: 2025, currency: "万元")

    /// A T1 whose labels (followed by `suffix`) are each made afresh, in new `String` storage.
    static func table(_ suffix: String = "") -> BalanceTable {
        func fresh(_ label: String) -> String { String(decoding: Array((label + suffix).utf8), as: UTF8.self) }
        return BalanceTable(header: header, lines: [
            BalanceLine(number: 1, incomeItem: fresh("一、一般公共预算拨款收入"), income: [nil],
                        expenditureItem: fresh("一、一般公共服务支出"), expenditure: [nil]),
            BalanceLine(number: 2, incomeItem: fresh("本年收入合计"), income: [nil],
                        expenditureItem: fresh("本年支出合计"), expenditure: [nil]),
        ])
    }

    @Test func aThreadGetsItsOwnMemo() {
        let here = ObjectIdentifier(BalanceLineIndexMemo.forCurrentThread())
        #expect(ObjectIdentifier(BalanceLineIndexMemo.forCurrentThread()) == here)
        final class Box: @unchecked Sendable { var other: ObjectIdentifier?; var again: ObjectIdentifier? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.other = ObjectIdentifier(BalanceLineIndexMemo.forCurrentThread())
            box.again = ObjectIdentifier(BalanceLineIndexMemo.forCurrentThread())
            done.signal()
        }
        thread.start(); done.wait()
        #expect(box.other != nil && box.other != here)
        #expect(box.other == box.again)
    }

    @Test func theSameLabelStringsShareAnIndexAndNewLabelsGetTheirOwn() {
        let memo = BalanceLineIndexMemo()
        let table = Self.table()
        let first = memo.index(table, .t1)
        // The very same strings: the same index.
        #expect(memo.index(table, .t1) === first)
        // The same labels in other strings: an index of its own (a copy), not the first.
        let copied = memo.index(Self.table(), .t1)
        #expect(copied !== first)
        // Other labels: another index; T4 is memoised apart from T1.
        #expect(memo.index(Self.table("X"), .t1) !== first)
        #expect(memo.index(table, .t4) !== first)
    }
}
