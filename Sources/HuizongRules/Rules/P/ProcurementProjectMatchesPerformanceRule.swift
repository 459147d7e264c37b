import HuizongModel

/// P ↔ G: a project's 预算资金 equals the 预算数 of the 绩效目标表 with the same name.
struct ProcurementProjectMatchesPerformanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_project_matches_performance", table: .procurement,
        summary: "政府采购预算项目的预算资金等于同名项目绩效目标表的预算数",
        summaryEnglish: "A P project's budget equals the 预算数 of the performance table of the same project",
        rationale: "同一项目的预算额在政府采购预算和绩效目标表中是同一数字。",
        rationaleEnglish: "A project's budget is one figure, printed both in the procurement table and in its performance table.",
        examples: [
            .passes("种子预算：企业养老保险社会化管理服务费 30.00，养老保险各险种经办业务费 3.00"),
            .fails("企业养老保险社会化管理服务费 预算资金 改为 30.01", RuleExample.adjust(.procurement, "5", "预算资金", by: 1)),
            .fails("绩效目标表 养老保险各险种经办业务费 预算数 改为 2.99",
                   RuleExample.adjust(.performance, "13030225P00456010004K", "预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        // Project names with whitespace removed, compared as `String`s (as dictionary keys
        // would be): a linear scan of a few projects costs less than hashing Chinese text.
        let names = ProjectNames(projects.indices.map { StructureText.key(projects[$0].projectName) })
        // Items of one project are printed together: a name printed exactly as the
        // previous item's has the previous item's match.
        var previous: (row: Int, project: Int?) = (-1, nil)
        for index in table.rows.indices where table.rows[index].kind == .item {
            // The very same string (the reader shares repeated text) is tested inline first:
            // the names are then not retained for a call.
            let match = previous.row >= 0 && (StructureText.identical(table.rows[index].projectName, table.rows[previous.row].projectName)
                                              || StructureText.equal(table.rows[index].projectName, table.rows[previous.row].projectName))
                ? previous.project : names.onlyProject(named: StructureText.key(table.rows[index].projectName))
            previous = (index, match)
            guard let project = match,
                  table.rows[index].projectBudget != nil || projects[project].budget != nil else { continue }
            check.equal(table.rows[index].projectBudget, projects[project].budget.orZero, termCount: 1,
                        cell: { ProcurementRows.budgetCell(table, index) },
                        expectedLabel: { "G 绩效目标表“\(projects[project].projectName)”预算数" },
                        terms: { [RelationTerm(ProcurementRows.budgetCell(table, index), 1),
                                  RelationTerm(.performance(projects[project], "预算数"), -1)] })
        }
    }
}

/// The performance tables' project names (whitespace removed), with their bytes laid end to
/// end in one list: an item's name is compared with each on bytes, the names' strings left
/// untouched (reading each from the list retained and released it).
struct ProjectNames {
    let names: [String]
    /// ``StableText/isStable(_:)`` of each name.
    private let stable: [Bool]
    /// Every name's UTF-8 bytes, one after another; `ends[i]` is where name `i`'s end.
    private let bytes: [UInt8]
    private let ends: [Int]

    init(_ names: [String]) {
        self.names = names
        stable = names.map(StableText.isStable)
        var bytes: [UInt8] = [], ends: [Int] = [], total = 0
        for name in names { total += name.utf8.count }
        bytes.reserveCapacity(total)
        ends.reserveCapacity(names.count)
        for name in names {
            // Appended from the bytes read in place (appending `utf8` walked them one by one).
            StructureText.withBytes(name) { bytes.append(contentsOf: $0) }
            ends.append(bytes.count)
        }
        self.bytes = bytes; self.ends = ends
    }

    /// The index of the one name equal to `name` (`==`); nil when none or several. Equal
    /// bytes are equal names; names of different bytes are told apart by `==` unless both
    /// are ``StableText`` (then they differ), as ``StableText/equal(_:_:_:_:)`` decides.
    func onlyProject(named name: String) -> Int? {
        let nameIsStable = StableText.isStable(name)
        return StructureText.withBytes(name) { target in
            bytes.withUnsafeBufferPointer { pool in
                var found: Int? = nil, start = 0
                for index in ends.indices {
                    let end = ends[index]
                    let same = end - start == target.count && UTF8Bytes.equal(pool[start..<end], target[...])
                    start = end
                    guard same || (!(stable[index] && nameIsStable) && names[index] == name) else { continue }
                    if found != nil { return nil }
                    found = index
                }
                return found
            }
        }
    }
}
