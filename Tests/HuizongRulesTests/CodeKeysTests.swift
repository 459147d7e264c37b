import Testing
import HuizongModel
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
