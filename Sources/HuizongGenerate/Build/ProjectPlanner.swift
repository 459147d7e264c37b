/// A unit's projects (项目支出): chosen from its theme sets, sized, funded, coded, with
/// their spending plans and purchases.
enum ProjectPlanner {
    /// The projects of `spec` for budget year `year`.
    static func projects(_ spec: UnitSpec, year: Int, rng: inout SplitMix64) -> [Project] {
        let template = spec.template
        let themes = ProjectThemes.themes(template.themes).filter { theme in
            switch theme.fund {
            case .business: template.businessIncome
            case .specialAccount: template.specialAccount
            default: true
            }
        }
        let wanted = spec.isOffice ? rng.int(6...12) : rng.int(5...11)
        var projects: [Project] = []
        for index in rng.sample(wanted, of: themes.count) {
            let theme = themes[index]
            let item = theme.item(main: spec.mainItem, section: spec.section)
            guard FunctionCodes.names[item] != nil, !conflicts(theme.name, projects.map(\.name)) else { continue }
            projects.append(project(theme, name: theme.name, item: item, spec: spec, year: year,
                                    sequence: projects.count + 1, rng: &rng))
        }
        return projects
    }

    /// One project of `theme`, numbered `sequence` within the unit.
    static func project(_ theme: ProjectTheme, name: String, item: String, spec: UnitSpec, year: Int,
                        sequence: Int, amount: Hundredths? = nil, rng: inout SplitMix64) -> Project {
        let lastYear = rng.percent(15)
        let size = amount ?? FlowPlan.money(&rng, theme.sizeWan)
        let source: FundSource = switch theme.fund {
        case .general: .general
        case .governmentFund: .governmentFund
        case .stateCapital: .stateCapital
        case .specialAccount: .specialAccount
        case .business: .business
        }
        var parts = [FundPart(source: source, amount: size)]
        if amount == nil, size >= 200, rng.percent(lastYear ? 60 : 12) {
            let carried = max(1, size * Int64(rng.int(100...400)) / 1000)
            parts = [FundPart(source: source, amount: size - carried), FundPart(source: source.carryover, amount: carried)]
        }
        var project = Project(name: name, code: code(spec, year: lastYear ? year - 1 : year, sequence: sequence, rng: &rng),
                              item: item, theme: theme, parts: parts, planPerMille: plan(&rng), detailSeed: rng.next(),
                              costInYuan: rng.percent(12), purchases: [])
        project.purchases = purchases(theme.purchases, cap: (project.purchaseSource?.amount ?? 0) * 6 / 10, rng: &rng)
        return project
    }

    /// True when `name` equals, contains or is contained in one of `names`: the narrative
    /// names projects by (parts of) their names, so none may contain another.
    static func conflicts(_ name: String, _ names: [String]) -> Bool {
        names.contains { $0.contains(name) || name.contains($0) }
    }

    /// A project code in the form of the seed's: `130302` + year + `P00` + unit code +
    /// three-digit sequence + a check character (`13030225P00323001004K`).
    static func code(_ spec: UnitSpec, year: Int, sequence: Int, rng: inout SplitMix64) -> String {
        let characters = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        let yy = year % 100
        return "130302" + (yy < 10 ? "0\(yy)" : String(yy)) + "P00" + spec.code
            + DistrictPlan.threeDigits(sequence) + String(rng.pick(characters))
    }

    /// A cumulative spending plan for 3月底, 6月底, 10月底 in per mille.
    static func plan(_ rng: inout SplitMix64) -> [Int?] {
        switch rng.int(0...99) {
        case 0..<35: return [250, 500, 750]
        case 35..<80:
            let a = rng.int(100...350), b = rng.int(max(a, 350)...650), c = rng.int(max(b, 650)...950)
            return [a, b, c]
        case 80..<90: return [nil, nil, nil]
        default: return [rng.int(400...600), rng.int(700...900), rng.int(900...1000)]
        }
    }

    /// Purchases of catalogue items `keys`, together at most `cap`.
    static func purchases(_ keys: [String], cap: Hundredths, rng: inout SplitMix64) -> [Purchase] {
        var out: [Purchase] = []
        var left = cap
        for key in keys where rng.percent(65) {
            guard left >= 1 else { break }
            let item = ProcurementCatalogue.item(key)
            var quantity = Int64(rng.int(item.quantity))
            var amount: Hundredths
            if item.isService {
                amount = max(1, left * Int64(rng.int(300...900)) / 1000)
                if rng.percent(50) { amount = max(100, amount / 100 * 100) }
            } else {
                let price = Int64(rng.int(item.priceYuan))
                if quantity * price > left * 100 { quantity = max(1, left * 100 / price) }
                amount = (quantity * price + 50) / 100
            }
            var purchase = Purchase(key: key, quantity: quantity, amount: amount, smePerMille: nil)
            guard purchase.amount >= 1, purchase.amount <= left else { continue }
            left -= purchase.amount
            purchase.smePerMille = sme(&rng)
            out.append(purchase)
        }
        return out
    }

    /// 预留中小微企业份额: the whole amount, a part of it, or nothing.
    static func sme(_ rng: inout SplitMix64) -> Int? {
        switch rng.int(0...9) {
        case 0..<6: 1000
        case 6..<8: rng.int(300...600)
        default: nil
        }
    }
}
