/// Draws everything a unit's budget is made of (``UnitContent``) from the unit's own
/// random stream: staff and basic expenditure, projects, operating income, the district's
/// internal flows that concern the unit, purchases, assets and last year's figures.
enum ContentBuilder {
    /// The content of `spec` in the district `plan`.
    static func content(_ spec: UnitSpec, plan: DistrictPlan) -> UnitContent {
        var rng = SplitMix64(seed: plan.parameters.seed, stream: spec.stream)
        let year = plan.parameters.year
        let staff = rng.int(spec.template.staff)
        let vehicles = AssetPlanner.vehicles(spec, rng: &rng)
        let basic = BasicExpenditure.lines(spec, staff: staff, vehicles: vehicles, rng: &rng)
        var projects = ProjectPlanner.projects(spec, year: year, rng: &rng)
        var other: [OtherSpending] = []
        if spec.template.operating {
            other.append(OtherSpending(item: spec.mainItem, column: .operating, source: .operating,
                                       amount: FlowPlan.money(&rng, 10...200)))
        }
        applyFlows(plan, spec, year: year, projects: &projects, other: &other, rng: &rng)
        let purchases = officePurchases(basic, rng: &rng)
        let assets = AssetPlanner.assets(spec, staff: staff, vehicles: vehicles, rng: &rng)
        var content = UnitContent(spec: spec, year: year, staff: staff, basic: basic, projects: projects, other: other,
                                  officePurchases: purchases, assets: assets,
                                  lastYear: LastYearFigures(personnel: 0, publicFunds: 0, projects: 0, threePublic: 0),
                                  narrativeSeed: 0)
        let threePublic = ["30212", "30217", "30231"].map { content.basic($0) }.reduce(0, +)
        content.lastYear = LastYearFigures(
            personnel: content.personnel * Int64(rng.int(880...1100)) / 1000,
            publicFunds: content.publicFunds * Int64(rng.int(850...1150)) / 1000,
            projects: content.projectTotal > 0 ? content.projectTotal * Int64(rng.int(600...1400)) / 1000 : Int64(rng.int(0...5_000)),
            threePublic: threePublic > 0 ? threePublic * Int64(rng.int(700...1300)) / 1000 : (rng.percent(50) ? 0 : Int64(rng.int(10...300))))
        content.narrativeSeed = rng.next()
        return content
    }

    /// Books the flows of `spec`: subsidies paid (from 其他收入) and received (spent on a
    /// project of the unit's own 项), remittances paid (from 事业收入 or 经营收入) and
    /// received (spent on a 统筹 project).
    static func applyFlows(_ plan: DistrictPlan, _ spec: UnitSpec, year: Int, projects: inout [Project],
                           other: inout [OtherSpending], rng: inout SplitMix64) {
        var received: [String: Hundredths] = [:]
        var fields: [String: String] = [:]
        for flow in plan.flows(of: spec.code) {
            switch (flow.kind, flow.payerCode == spec.code) {
            case (.subsidy, true):
                other.append(OtherSpending(item: flow.functionCode, column: .subsidy, source: .other, amount: flow.payerHundredths))
            case (.subsidy, false):
                receiveSubsidy(flow, spec, year: year, projects: &projects, rng: &rng)
            case (.remittance, true):
                let source: FundSource = spec.template.businessIncome ? .business : .operating
                other.append(OtherSpending(item: flow.functionCode, column: .remittance, source: source, amount: flow.payerHundredths))
            case (.remittance, false):
                received[flow.functionCode, default: 0] += flow.payeeHundredths
                if fields[flow.functionCode] == nil { fields[flow.functionCode] = plan.unit(flow.payerCode)?.template.field ?? "所属单位" }
            }
        }
        for item in received.keys.sorted() {
            let field = fields[item]!
            var name = field + "业务统筹经费"
            if ProjectPlanner.conflicts(name, projects.map(\.name)) { name = "所属单位上缴资金统筹使用" }
            let theme = ProjectTheme(name: name, item: item, fund: .general, sizeWan: 1...1, object: "所属单位", measure: "个",
                                     quantity: 1...3, action: "统筹安排所属单位上缴资金", benefit: field + "事业持续健康发展", purchases: [])
            var project = ProjectPlanner.project(theme, name: name, item: item, spec: spec, year: year,
                                                 sequence: projects.count + 1, amount: received[item]!, rng: &rng)
            project.parts = [FundPart(source: .affiliated, amount: received[item]!)]
            projects.append(project)
        }
    }

    /// A subsidy received is spent on a project of the same function 项: an existing one,
    /// or a new one from the unit themes.
    static func receiveSubsidy(_ flow: InternalFlow, _ spec: UnitSpec, year: Int, projects: inout [Project],
                               rng: inout SplitMix64) {
        if let index = projects.firstIndex(where: { $0.item == flow.functionCode && !$0.carriesFlow }) {
            projects[index].parts.append(FundPart(source: .superior, amount: flow.payeeHundredths))
            return
        }
        let candidates = ProjectThemes.themes(["unit"]) + [ProjectTheme(
            name: spec.template.field + "专项补助经费", item: "{M}", fund: .general, sizeWan: 1...1, object: "业务事项",
            measure: "项", quantity: 3...20, action: "开展" + spec.template.field + "专项工作", benefit: "业务工作顺利推进", purchases: [])]
        guard let theme = candidates.first(where: { !ProjectPlanner.conflicts($0.name, projects.map(\.name)) }) else {
            preconditionFailure("no project name left for a subsidy of \(spec.code)")
        }
        var project = ProjectPlanner.project(theme, name: theme.name, item: flow.functionCode, spec: spec, year: year,
                                             sequence: projects.count + 1, amount: flow.payeeHundredths, rng: &rng)
        project.parts = [FundPart(source: .superior, amount: flow.payeeHundredths)]
        projects.append(project)
    }

    /// Purchases paid from 公用经费: paper and toner from 办公费, equipment from 办公设备购置.
    static func officePurchases(_ basic: [BasicLine], rng: inout SplitMix64) -> [Purchase] {
        let office = basic.filter { $0.economic == "30201" }.map(\.amount).reduce(0, +)
        let equipment = basic.filter { $0.economic == "31002" }.map(\.amount).reduce(0, +)
        var out: [Purchase] = []
        func consumable(_ key: String, _ perMille: ClosedRange<Int>) {
            let item = ProcurementCatalogue.item(key)
            let price = Int64(rng.int(item.priceYuan))
            let target = office * Int64(rng.int(perMille)) / 1000 * 100
            let quantity = max(1, target / price)
            let amount = (quantity * price + 50) / 100
            if amount >= 1 { out.append(Purchase(key: key, quantity: quantity, amount: amount, smePerMille: ProjectPlanner.sme(&rng))) }
        }
        // Always two rows: 公用经费's 预算资金 is then checked row against row.
        consumable("paper", 150...350)
        consumable("toner", 100...250)
        if equipment > 0 {
            let keys = rng.shuffled(ProcurementCatalogue.officeEquipment).prefix(rng.int(1...2))
            out += ProjectPlanner.purchases(Array(keys), cap: equipment, rng: &rng)
        }
        return out
    }
}
