/// One consistent change to a unit between two drafts. It is applied to the unit's
/// content before its tables are assembled, so every dependent figure (T1…T9, P, G and
/// the narrative) follows.
public enum UnitChange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The budget of project number `project` (0-based, 绩效目标表 order) becomes
    /// `hundredths` × 0.01 万元; the change falls on its first (own) fund part.
    case projectBudget(project: Int, from: Int64, to: Int64)
    /// Project number `project` is reclassified from function 项 `from` to `to`: its whole
    /// amount moves between the two rows of T2, T3 and T5 (or T7/T8).
    case reclassification(project: Int, from: String, to: String)

    public var description: String {
        switch self {
        case .projectBudget(let project, let from, let to):
            "项目\(project + 1)预算数 \(from.amount.text()) → \(to.amount.text())"
        case .reclassification(let project, let from, let to):
            "项目\(project + 1)功能分类 \(from) → \(to)"
        }
    }

    /// Applies the change to `content`; purchases that no longer fit are cut back.
    func apply(to content: inout UnitContent) {
        switch self {
        case .projectBudget(let index, _, let to):
            guard content.projects.indices.contains(index) else { return }
            var project = content.projects[index]
            let others = project.parts.dropFirst().map(\.amount).reduce(0, +)
            project.parts[0].amount = max(1, to - others)
            fitPurchases(&project)
            content.projects[index] = project
        case .reclassification(let index, _, let to):
            guard content.projects.indices.contains(index) else { return }
            content.projects[index].item = to
        }
    }

    /// Drops purchases from the end until they fit within 60 % of the paying part.
    func fitPurchases(_ project: inout Project) {
        let cap = project.purchaseSource.map { $0.amount } ?? 0
        while project.purchases.map(\.amount).reduce(0, +) > cap, !project.purchases.isEmpty {
            project.purchases.removeLast()
        }
    }
}
