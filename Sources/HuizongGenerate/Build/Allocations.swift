/// One amount of spending: its function 项, T3 column, source of money and size. Every
/// function table (T2, T3, T5, T7, T8) and both balance tables (T1, T4) are sums of
/// these, so they agree with each other by construction.
struct Allocation: Sendable, Hashable {
    var item: String
    var column: SpendColumn
    var source: FundSource
    var amount: Hundredths
}

extension UnitContent {
    /// Every amount the unit spends, with where the money comes from.
    var allocations: [Allocation] {
        var out = basic.map { Allocation(item: $0.item, column: .basic, source: .general, amount: $0.amount) }
        for project in projects {
            for part in project.parts { out.append(Allocation(item: project.item, column: .project, source: part.source, amount: part.amount)) }
        }
        for spending in other {
            out.append(Allocation(item: spending.item, column: spending.column, source: spending.source, amount: spending.amount))
        }
        return out.filter { $0.amount != 0 }
    }
}

extension Array where Element == Allocation {
    /// The sum of the allocations that satisfy `include`.
    func total(where include: (Allocation) -> Bool = { _ in true }) -> Hundredths {
        var sum: Hundredths = 0
        for allocation in self where include(allocation) { sum += allocation.amount }
        return sum
    }
}
