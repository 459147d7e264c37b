import HuizongModel

/// Each 类 code of T2, T3, T5, T7, T8 is a 2025 function category with its standard name.
struct StructureFunctionCategoriesKnownRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_function_categories_known", table: .t2, severity: .warning,
        summary: "功能分类类级科目编码属于 2025 年支出功能分类（201 至 234），名称为标准名称",
        summaryEnglish: "Each function category code is one of the 2025 categories 201…234, with its standard name",
        rationale: "类级科目由政府收支分类科目规定；未知编码或非标准名称多半是录入错误或沿用了旧科目，且会使与收支总表的按名核对失败。",
        rationaleEnglish: "Category codes are fixed by the classification; an unknown code or name is a typo or an outdated code.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：208、210、221、223"),
            .fails("T3 210 名称改为“医疗卫生与计划生育支出”", { budget in
                guard let index = budget.t3?.rows.firstIndex(where: { $0.code?.digits == "210" }) else { return }
                budget.t3?.rows[index].name = "医疗卫生与计划生育支出"
            }),
            .fails("T8 223 编码改为 225", { budget in
                guard let index = budget.t8?.rows.firstIndex(where: { $0.code?.digits == "223" }) else { return }
                budget.t8?.rows[index].code = SubjectCode(function: "225")
            }),
        ])

    func check(_ check: inout RuleCheck) {
        var reported: Set<String> = []
        // 类 (by code value) whose printed name was found standard: the tables print the
        // same 类 again, usually as the very same string (the reader shares repeated text),
        // which then needs no second look.
        var standardNames: [(category: Int, name: String)] = []
        standardNames.reserveCapacity(40)
        for id in StructureFunctionCategories.functionTables {
            guard let rows = check.subject.classified(id)?.rows else { continue }
            let codeKeys = check.subject.codeKeys(id)
            for index in rows.indices {
                // A 类 has a three-digit code: its key is the code's value × 10 + 3.
                guard codeKeys.key(index) >= 0, codeKeys.key(index) % 10 == 3 else { continue }
                check.passed()
                let category = codeKeys.key(index) / 10
                if standardNames.contains(where: { $0.category == category && StructureText.identical($0.name, rows[index].name) }) { continue }
                guard let standard = StructureFunctionCategories.name(ofCategory: category) else {
                    let row = rows[index], code = row.code!
                    if reported.insert(code.digits).inserted {
                        check.fail(.classified(id, row, 0),
                                   message: "\(id.label) 类级科目 \(code.digits) \(row.name) 不是 2025 年支出功能分类的类（201 至 234）")
                    }
                    continue
                }
                // The printed name read in place, whitespace skipped (a standard name has
                // none): no key string is made unless the name is not standard.
                let isStandard = StructureText.withBytes(rows[index].name) { printed in
                    StructureText.withBytes(standard) { standard in
                        UTF8Bytes.equal(printed[...], standard[...])
                            || (StructureText.hasWhitespace(printed) && UTF8Whitespace.equalSkippingWhitespace(printed, standard))
                    }
                }
                if isStandard { standardNames.append((category, rows[index].name)); continue }
                let name = StructureText.key(rows[index].name)
                if reported.insert(rows[index].code!.digits + name).inserted {
                    let row = rows[index], code = row.code!
                    check.fail(.classified(id, row, 0),
                               message: "\(id.label) 类级科目 \(code.digits) 名称为“\(row.name)”，标准名称为“\(standard)”")
                }
            }
        }
    }
}
