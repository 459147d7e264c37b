/// Parts of a budget's tables read in place. A table getter (`budget.t1`,
/// `budget.narrative`) returns a copy of the whole table — a reference count for each of
/// its header fields, rows and texts, and as many to destroy it — so `budget.t1?.lines`
/// copies T1 to take its lines; these read the part from the budget's storage, copying
/// only the part.
extension Budget {
    /// T1's lines (nil without T1), as `t1?.lines`.
    @inlinable public var t1Lines: [BalanceLine]? { storage.t1?.lines }
    /// T4's lines (nil without T4), as `t4?.lines`.
    @inlinable public var t4Lines: [BalanceLine]? { storage.t4?.lines }
    /// The narrative's claims (nil without a narrative), as `narrative?.claims`.
    @inlinable public var narrativeClaims: [NarrativeClaim]? { storage.narrative?.claims }
}
