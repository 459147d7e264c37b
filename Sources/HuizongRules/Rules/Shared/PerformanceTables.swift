import HuizongModel

/// Reading the 绩效目标表 (G), one per project: none at all means no project to check
/// (not applicable); tables that could not be read make the rule not checked.
enum PerformanceTables {
    /// The tables to check: empty when there are none, or when they were not read (then
    /// recorded on `check` as not checked).
    static func read(_ check: inout RuleCheck) -> [PerformanceTable] {
        if check.context.unreadTables[.performance] != nil {
            _ = check.require(.performance)
            return []
        }
        return check.subject.performance
    }
}
