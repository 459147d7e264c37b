/// The storage of ``Budget``: one class instance shared by copies until one of them is
/// changed (copy on write). Equality, hashing and coding are those of the fields, in the
/// order ``Budget`` declares them, so budgets compare, hash and encode as before.
extension Budget {
    ///
    /// The fields are marked `@exclusivity(unchecked)`: a class's stored property is
    /// otherwise checked at run time on every access (a `swift_beginAccess` /
    /// `swift_endAccess` pair per read of a table), and the checker reads them thousands of
    /// times per unit. The check is not needed: a `Storage` is only changed through
    /// ``Budget``'s setters, which first call ``Budget/makeUnique()``, so the one value
    /// that owns it (and is being mutated, so is not shared with another thread) is the
    /// only one that can reach it; every other access is a read of storage nobody changes.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // The scope and the year are stored last, where they pad nothing.
        @usableFromInline @exclusivity(unchecked) var code: String
        @usableFromInline @exclusivity(unchecked) var name: String
        @usableFromInline @exclusivity(unchecked) var currency: String
        @usableFromInline @exclusivity(unchecked) var t1: BalanceTable?
        @usableFromInline @exclusivity(unchecked) var t2: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t3: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t4: BalanceTable?
        @usableFromInline @exclusivity(unchecked) var t5: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t6: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t7: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t8: ClassifiedTable?
        @usableFromInline @exclusivity(unchecked) var t9: ThreePublicTable?
        @usableFromInline @exclusivity(unchecked) var procurement: ProcurementTable?
        @usableFromInline @exclusivity(unchecked) var assets: AssetTable?
        @usableFromInline @exclusivity(unchecked) var performance: [PerformanceTable]
        @usableFromInline @exclusivity(unchecked) var narrative: Narrative?
        @usableFromInline @exclusivity(unchecked) var year: Int?
        @usableFromInline @exclusivity(unchecked) var scope: BudgetScope

        init(scope: BudgetScope, code: String, name: String, year: Int?, currency: String) {
            self.scope = scope; self.code = code; self.name = name; self.year = year; self.currency = currency
            t1 = nil; t2 = nil; t3 = nil; t4 = nil; t5 = nil; t6 = nil; t7 = nil; t8 = nil; t9 = nil
            procurement = nil; assets = nil; performance = []; narrative = nil
        }

        /// A copy of every field (the tables themselves are values: copied on their next change).
        @usableFromInline func copy() -> Storage {
            let other = Storage(scope: scope, code: code, name: name, year: year, currency: currency)
            other.t1 = t1
            other.t2 = t2
            other.t3 = t3
            other.t4 = t4
            other.t5 = t5
            other.t6 = t6
            other.t7 = t7
            other.t8 = t8
            other.t9 = t9
            other.procurement = procurement
            other.assets = assets
            other.performance = performance
            other.narrative = narrative
            return other
        }
    }

    /// Gives this budget its own storage before a change, when the storage is shared.
    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public static func == (a: Budget, b: Budget) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.scope == y.scope && x.code == y.code && x.name == y.name && x.year == y.year && x.currency == y.currency
            && x.t1 == y.t1 && x.t2 == y.t2 && x.t3 == y.t3 && x.t4 == y.t4 && x.t5 == y.t5 && x.t6 == y.t6
            && x.t7 == y.t7 && x.t8 == y.t8 && x.t9 == y.t9 && x.procurement == y.procurement && x.assets == y.assets && x.performance == y.performance && x.narrative == y.narrative
    }

    public func hash(into hasher: inout Hasher) {
        let x = storage
        hasher.combine(x.scope)
        hasher.combine(x.code)
        hasher.combine(x.name)
        hasher.combine(x.year)
        hasher.combine(x.currency)
        hasher.combine(x.t1)
        hasher.combine(x.t2)
        hasher.combine(x.t3)
        hasher.combine(x.t4)
        hasher.combine(x.t5)
        hasher.combine(x.t6)
        hasher.combine(x.t7)
        hasher.combine(x.t8)
        hasher.combine(x.t9)
        hasher.combine(x.procurement)
        hasher.combine(x.assets)
        hasher.combine(x.performance)
        hasher.combine(x.narrative)
    }

    enum CodingKeys: String, CodingKey {
        case scope, code, name, year, currency, t1, t2, t3, t4, t5, t6, t7, t8, t9, procurement, assets, performance, narrative
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(scope: try c.decode(BudgetScope.self, forKey: .scope), code: try c.decode(String.self, forKey: .code),
                  name: try c.decode(String.self, forKey: .name), year: try c.decodeIfPresent(Int.self, forKey: .year),
                  currency: try c.decode(String.self, forKey: .currency))
        t1 = try c.decodeIfPresent(BalanceTable.self, forKey: .t1)
        t2 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t2)
        t3 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t3)
        t4 = try c.decodeIfPresent(BalanceTable.self, forKey: .t4)
        t5 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t5)
        t6 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t6)
        t7 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t7)
        t8 = try c.decodeIfPresent(ClassifiedTable.self, forKey: .t8)
        t9 = try c.decodeIfPresent(ThreePublicTable.self, forKey: .t9)
        procurement = try c.decodeIfPresent(ProcurementTable.self, forKey: .procurement)
        assets = try c.decodeIfPresent(AssetTable.self, forKey: .assets)
        performance = try c.decode([PerformanceTable].self, forKey: .performance)
        narrative = try c.decodeIfPresent(Narrative.self, forKey: .narrative)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scope, forKey: .scope)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encode(currency, forKey: .currency)
        try c.encodeIfPresent(t1, forKey: .t1)
        try c.encodeIfPresent(t2, forKey: .t2)
        try c.encodeIfPresent(t3, forKey: .t3)
        try c.encodeIfPresent(t4, forKey: .t4)
        try c.encodeIfPresent(t5, forKey: .t5)
        try c.encodeIfPresent(t6, forKey: .t6)
        try c.encodeIfPresent(t7, forKey: .t7)
        try c.encodeIfPresent(t8, forKey: .t8)
        try c.encodeIfPresent(t9, forKey: .t9)
        try c.encodeIfPresent(procurement, forKey: .procurement)
        try c.encodeIfPresent(assets, forKey: .assets)
        try c.encode(performance, forKey: .performance)
        try c.encodeIfPresent(narrative, forKey: .narrative)
    }
}
