/// A kind of project a unit budgets (项目支出), with what its 绩效目标表 says about it.
///
/// Themes are written one per line: `名称|项码|资金|规模万元|对象|量词|数量|行动|效益|采购`.
/// 项码 may be `{M}` (the unit's own function item) or `{S}01`-style (the office's 款 +
/// item); 资金 is `g` 一般公共预算, `f` 政府性基金, `s` 国有资本经营, `z` 财政专户, `b` 事业收入.
struct ProjectTheme: Sendable, Hashable {
    /// 项目名称 (free of the narrative's keywords and delimiters: a test checks).
    let name: String
    /// The function item, possibly with a `{M}` / `{S}` placeholder.
    let item: String
    /// Where the money comes from.
    let fund: ThemeFund
    /// Typical size in 万元.
    let sizeWan: ClosedRange<Int>
    /// Who or what the project serves (数量指标).
    let object: String
    /// The measure word of the quantity indicator.
    let measure: String
    /// Typical quantity.
    let quantity: ClosedRange<Int>
    /// What the project does (用途, 绩效目标).
    let action: String
    /// The benefit it aims at (效益指标).
    let benefit: String
    /// Keys of ``ProcurementCatalogue`` items it may buy.
    let purchases: [String]

    /// The function item for a unit whose own item is `main` in an office 款 `section`.
    func item(main: String, section: String) -> String {
        if item == "{M}" { return main }
        if item.hasPrefix("{S}") { return section + item.dropFirst(3) }
        return item
    }
}

/// The source of a theme's money.
enum ThemeFund: String, Sendable, Hashable {
    case general = "g", governmentFund = "f", stateCapital = "s", specialAccount = "z", business = "b"
}

enum ProjectThemes {
    /// Theme sets by key.
    static let sets: [String: [ProjectTheme]] = {
        var sets: [String: [ProjectTheme]] = [:]
        for (key, text) in ProjectThemeData.blocks + ProjectThemeData.moreBlocks { sets[key] = parse(text) }
        return sets
    }()

    /// The themes of the sets `keys`, in order, without repeated names.
    static func themes(_ keys: [String]) -> [ProjectTheme] {
        var seen = Set<String>()
        var out: [ProjectTheme] = []
        for key in keys {
            guard let set = sets[key] else { preconditionFailure("theme set \(key) unknown") }
            for theme in set where seen.insert(theme.name).inserted { out.append(theme) }
        }
        return out
    }

    private static func range(_ text: Substring) -> ClosedRange<Int> {
        let parts = text.split(separator: "-")
        let low = Int(parts[0])!
        return low...(parts.count > 1 ? Int(parts[1])! : low)
    }

    private static func parse(_ text: String) -> [ProjectTheme] {
        text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "|", omittingEmptySubsequences: false)
            guard f.count >= 9 else { return nil }
            let purchases = f.count > 9 ? f[9].split(separator: ",").map(String.init) : []
            return ProjectTheme(name: String(f[0]), item: String(f[1]), fund: ThemeFund(rawValue: String(f[2]))!,
                                sizeWan: range(f[3]), object: String(f[4]), measure: String(f[5]),
                                quantity: range(f[6]), action: String(f[7]), benefit: String(f[8]), purchases: purchases)
        }
    }
}
