import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// The code-key shortcuts of the classified checks agree with comparing the codes themselves.
@Suite struct CodeKeysTests {
    /// Rows with `codes` (nil: a 合计 row), in that order.
    static func rows(_ codes: [String?]) -> [ClassifiedRow] {
        codes.map { ClassifiedRow(number: nil, code: $0.map { SubjectCode(function: $0) }, name: "", amounts: []) }
    }

    static let ordered: [String?] = [nil, "201", "20101", "2010101", "2010102", "20102", "2010201", "208", "20805", "2080501", "221"]
    static let unordered: [String?] = [nil, "208", "201", "20101", "2010101", "20805", "2010101", "2080501", nil]

    @Test func descendantsAreTheCodesStartingWithTheAncestor() {
        let codes = Self.ordered.compactMap { $0 } + ["202", "20201", "2020101"]
        for code in codes {
            for ancestor in codes {
                let key = SubjectCode(function: code).numericKey, ancestorKey = SubjectCode(function: ancestor).numericKey
                let expected = code.count > ancestor.count && code.hasPrefix(ancestor)
                #expect(ClassifiedCodeKeys.isDescendant(key, of: ancestorKey) == expected, "\(code) under \(ancestor)")
            }
        }
    }

    @Test func keysInTextOrderAreTold() {
        #expect(ClassifiedCodeKeys(Self.rows(Self.ordered)).codesIncrease)
        #expect(!ClassifiedCodeKeys(Self.rows(Self.unordered)).codesIncrease)
    }

    @Test func lookupsFromACursorFindTheFirstRowWithTheCode() {
        for table in [Self.ordered, Self.unordered] {
            let rows = Self.rows(table), keys = ClassifiedCodeKeys(rows)
            let wanted: [String?] = Self.ordered + Self.unordered.reversed() + ["230", "2010103"]
            var cursor = 0
            for code in wanted {
                let subject = code.map { SubjectCode(function: $0) }
                let expected = ClassifiedChecks.rowIndex(rows, subject)
                #expect(ClassifiedChecks.rowIndex(rows, keys: keys, key: subject?.numericKey ?? -1, scheme: subject?.scheme) == expected)
                #expect(ClassifiedChecks.rowIndex(rows, keys: keys, key: subject?.numericKey ?? -1, scheme: subject?.scheme,
                                                  cursor: &cursor) == expected, "\(code ?? "合计")")
            }
        }
    }
}

/// The parents-present check (told from the last 类 and 款 seen when the codes increase)
/// finds exactly the rows whose parent code is printed nowhere in the table.
@Suite struct ParentsPresentTests {
    /// T2 of the seed with rows of `codes` (nil: 合计), in that order.
    static func budget(_ codes: [String?]) -> Budget {
        var budget = Seed.budget
        let amounts = budget.t2!.rows[0].amounts
        budget.t2!.rows = codes.map { ClassifiedRow(number: nil, code: $0.map { SubjectCode(function: $0) }, name: $0 ?? "合计", amounts: amounts) }
        return budget
    }

    static let tables: [[String?]] = [
        [nil, "201", "20101", "2010101", "20102", "2010201", "208", "20805", "2080501"],
        // Missing 款 20103 (after a sibling 款), missing 类 205 (after another 类's 项).
        [nil, "201", "20101", "2010101", "2010302", "20501", "2050101", "208", "2080501"],
        // A 项 printed after a sibling of its 款 (not in text order), a 款 without its 类.
        [nil, "201", "20101", "20102", "2010101", "208", "20805", "2080501", "20901"],
        // Codes out of text order: the parent printed after its child.
        [nil, "2010101", "20101", "201", "2080501", "208", "20805"],
        [nil, "2080501", "201", "20805", "2010101"],
    ]

    @Test(arguments: 0..<5)
    func rowsWithoutPrintedParentsAreFound(table: Int) {
        let codes = Self.tables[table]
        let printed = Set(codes.compactMap { $0 })
        let expected = codes.compactMap { $0 }.filter { $0.count > 3 && !printed.contains(String($0.dropLast(2))) }
        let report = Checker(rules: [T2ParentsPresentRule.self]).check(Self.budget(codes))
        let found = report.findings.filter { $0.ruleID == "t2_parents_present" }.map(\.rowName)
        #expect(found == expected, "table \(table)")
    }
}
