import HuizongModel

/// P: each item's 政府采购目录序号 looks like a catalogue code: A/B/C then digits.
struct ProcurementCatalogCodeFormatRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_catalog_code_format", table: .procurement, severity: .warning,
        summary: "政府采购目录序号应为 A（货物）、B（工程）或 C（服务）后接数字",
        summaryEnglish: "Each item's procurement catalogue code is A (goods), B (works) or C (services) followed by digits",
        rationale: "政府采购品目分类目录的编码以 A/B/C 开头、其后为数字（如 A05040101、C05990000）；空缺或其他形式多为填写错误。",
        rationaleEnglish: "Catalogue codes start with A, B or C followed by digits (A05040101, C05990000); anything else is probably a typing error.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：A05040101、A05040201、C05990000"),
            .fails("复印纸 目录序号 改为 AO5040101（字母 O）", { budget in budget.procurement!.rows[2].catalogCode = "AO5040101" }),
            .fails("其他社会服务 目录序号 空缺", { budget in budget.procurement!.rows[4].catalogCode = "" }),
        ])

    /// True for `A05040101`: one of A, B, C, then at least two ASCII digits.
    /// Whitespace anywhere is skipped. The bytes are read in place: no key string, no array.
    static func isWellFormed(_ code: String) -> Bool {
        StructureText.withBytes(code) { bytes in
            var count = 0, i = 0
            while i < bytes.count {
                let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
                if space > 0 { i += space; continue }
                let b = bytes[i]
                let fits = count == 0 ? (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "C")) : (b >= 0x30 && b <= 0x39)
                guard fits else { return false }
                count += 1; i += 1
            }
            return count >= 3
        }
    }

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        for index in table.rows.indices where table.rows[index].kind == .item {
            let code = table.rows[index].catalogCode
            if Self.isWellFormed(code) { check.passed(); continue }
            let shown = code.removingWhitespace.isEmpty ? "未填列" : "“\(code)”不是有效编码"
            check.fail(ProcurementRows.cell(table, index, ProcurementRows.total),
                       message: "\(ProcurementRows.rowLabel(table, index)) 政府采购目录序号\(shown)：应为 A、B 或 C 后接数字（如 A05040101）")
        }
    }
}
