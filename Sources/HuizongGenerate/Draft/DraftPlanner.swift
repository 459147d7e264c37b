/// Chooses the change a unit gets in the next draft: a project's budget raised or cut,
/// or a project reclassified to another 项 of the same 款. Projects that carry an internal
/// flow are never touched (the other unit's side would no longer match).
enum DraftPlanner {
    /// A change for `content`, or nil when the unit has no project that can change.
    static func change(_ content: UnitContent, rng: inout SplitMix64) -> UnitChange? {
        let budgetable = content.projects.indices.filter { index in
            let project = content.projects[index]
            return !project.carriesFlow && project.parts[0].source.fiscalFund != nil && project.parts[0].amount >= 100
        }
        let movable = content.projects.indices.filter { index in
            !content.projects[index].carriesFlow && !alternatives(content.projects[index].item).isEmpty
        }
        let preferBudget = rng.percent(50)
        if (preferBudget || movable.isEmpty), !budgetable.isEmpty {
            let index = rng.pick(budgetable)
            let project = content.projects[index]
            let own = project.parts[0].amount
            var changed = own * Int64(rng.int(800...1250)) / 1000
            if rng.percent(50) { changed = max(100, changed / 100 * 100) }
            if changed == own { changed += 100 }
            return .projectBudget(project: index, from: project.total, to: project.total - own + changed)
        }
        guard !movable.isEmpty else { return nil }
        let index = rng.pick(movable)
        let item = content.projects[index].item
        return .reclassification(project: index, from: item, to: rng.pick(alternatives(item)))
    }

    /// The other 项 of the 款 of `item`.
    static func alternatives(_ item: String) -> [String] {
        guard item.count == 7 else { return [] }
        let section = String(item.prefix(5))
        return FunctionCodes.names.keys.filter { $0.count == 7 && $0.hasPrefix(section) && $0 != item }.sorted()
    }
}
