import HuizongModel
import HuizongParse

/// Assembles a unit's ``Budget`` from its ``UnitContent``: every table is a sum over the
/// same allocations, basic lines, projects and purchases, so every relation between the
/// tables holds exactly, and the narrative quotes the assembled figures.
enum UnitAssembler {
    static let fundNote = "注：无政府性基金预算财政拨款预算，空表列示。"
    static let stateCapitalNote = "注：无国有资本经营预算财政拨款预算，空表列示。"

    /// The budget and the claims its narrative was written to make.
    static func assemble(_ content: UnitContent) -> (Budget, [IntendedClaim]) {
        let spec = content.spec, year = content.year
        let header = TableHeader(scope: .unit, unitCode: spec.code, unitName: spec.name, budgetYear: year, currency: "万元")
        var budget = Budget(scope: .unit, code: spec.code, name: spec.name, year: year)
        let allocations = content.allocations

        var t2 = ClassifiedBuilder(.function, columns: TableSchema.t2.count)
        var t3 = ClassifiedBuilder(.function, columns: TableSchema.t3.count)
        var fiscal = [ClassifiedBuilder](repeating: ClassifiedBuilder(.function, columns: 3), count: 4)
        for allocation in allocations {
            let total = TableSchema.T2.total.rawValue, subtotal = TableSchema.T2.subtotal.rawValue
            t2.add(allocation.item, allocation.source.t2Column, allocation.amount,
                   alsoTo: allocation.source.isCarryover ? [total] : [total, subtotal])
            t3.add(allocation.item, allocation.column.rawValue, allocation.amount, alsoTo: [TableSchema.T3.total.rawValue])
            if let fund = allocation.source.fiscalFund {
                let column = allocation.column == .basic ? TableSchema.BasicProject.basic : .project
                fiscal[fund].add(allocation.item, column.rawValue, allocation.amount, alsoTo: [TableSchema.BasicProject.total.rawValue])
            }
        }
        var t6 = ClassifiedBuilder(.economic, columns: TableSchema.t6.count)
        for line in content.basic {
            let column = EconomicCodes.isPersonnel(line.economic) ? TableSchema.T6.personnel : .publicFunds
            t6.add(line.economic, column.rawValue, line.amount, alsoTo: [TableSchema.T6.total.rawValue])
        }
        budget.t1 = BalanceBuilder.t1(header, allocations)
        budget.t2 = t2.table(header)
        budget.t3 = t3.table(header)
        budget.t4 = BalanceBuilder.t4(header, allocations)
        budget.t5 = fiscal[TableSchema.T4Expenditure.general.rawValue].table(header)
        budget.t6 = t6.table(header)
        budget.t7 = fiscal[TableSchema.T4Expenditure.fund.rawValue].table(header, emptyNote: fundNote)
        budget.t8 = fiscal[TableSchema.T4Expenditure.stateCapital.rawValue].table(header, emptyNote: stateCapitalNote)
        let threePublic = ThreePublicBuilder.figures(content)
        budget.t9 = ThreePublicBuilder.table(header, threePublic)
        budget.procurement = ProcurementBuilder.table(
            TableHeader(scope: .unit, unitCode: spec.code, unitName: spec.name, currency: "万元"), content)
        budget.assets = AssetTableBuilder.table(
            TableHeader(scope: .unit, unitCode: spec.code, unitName: spec.name, asOf: "\(year - 1)-12-31"), content.assets)
        budget.performance = content.projects.enumerated().map { PerformanceBuilder.table($1, index: $0, year: year) }

        let t3Total = t3.grandTotal, t6Total = t6.grandTotal
        let facts = NarrativeFacts(
            year: year,
            income: BalanceBuilder.fiscalSources.map { source in allocations.total { $0.source == source } }
                + [allocations.total { $0.source == .specialAccount }, allocations.total { $0.source.isUnitFunds }],
            carried: allocations.total { $0.source.isCarryover },
            totalIncome: allocations.total(), totalExpenditure: t3Total[TableSchema.T3.total.rawValue],
            basic: t3Total[TableSchema.T3.basic.rawValue], personnel: t6Total[TableSchema.T6.personnel.rawValue],
            publicFunds: t6Total[TableSchema.T6.publicFunds.rawValue], projectTotal: t3Total[TableSchema.T3.project.rawValue],
            projects: content.projects.map { ($0.name, $0.total) }, threePublic: threePublic,
            assets: content.assets.total, plannedAssets: ProcurementBuilder.plannedAssets(content), lastYear: content.lastYear)
        var (narrative, intended) = NarrativeBuilder.narrative(content, facts)
        narrative.claims = ClaimExtractor.claims(inParagraphs: narrative.paragraphs.map { ($0, SourceLocation.none) })
        budget.narrative = narrative
        return (budget, intended)
    }
}
