/// Dropping the parts of a budget that only its check reads.
///
/// A roll-up keeps every unit's budget until its outputs are written, but after the
/// unit's check those outputs read only its amounts (T1-T9), procurement and asset rows,
/// the 绩效目标表's project codes, names and amounts, and the narrative's claims. The
/// indicator lists, the projects' purpose and goal texts and the narrative's blocks
/// (paragraph texts, text tables) are read by the check alone.
extension Budget {
    /// Drops each 绩效目标表's indicators, purpose and goal, and the narrative's blocks,
    /// keeping everything else (the tables, the projects' codes, names, titles and
    /// amounts, the narrative's title and claims, every source location).
    ///
    /// For a caller that has checked the budget and needs only what a roll-up reads:
    /// the freed memory is reused by the next budget read on the thread. A budget whose
    /// storage is shared is copied first (copy-on-write), so other holders keep theirs.
    public mutating func dropCheckedDetail() {
        makeUnique()
        let fields = storage
        for index in fields.performance.indices {
            fields.performance[index].indicators = []
            fields.performance[index].purpose = ""
            fields.performance[index].goal = ""
        }
        if fields.narrative != nil { fields.narrative!.blocks = [] }
    }

    /// Keeps of the narrative's claims only the first about each of `subjects`, in
    /// document order, in a list of that size, and returns the list it held before (now
    /// held by no budget when this one's storage was not shared), for the reader to reuse.
    ///
    /// For a caller that reads no other claim (a roll-up's outputs read the first claim
    /// about the fixed assets and the first about the planned purchases, and nothing else:
    /// the usual narrative quotes some 35 figures, 2.3 KB a budget kept until the outputs
    /// are written). A budget whose storage is shared is copied first (copy-on-write), so
    /// other holders keep theirs. A budget without a narrative is left as it is (and
    /// returns an empty list).
    @discardableResult
    public mutating func keepFirstClaims(about subjects: [ClaimSubject]) -> [NarrativeClaim] {
        guard storage.narrative != nil else { return [] }
        makeUnique()
        let fields = storage
        let claims = fields.narrative!.claims
        var firsts: [Int] = []
        for index in claims.indices where subjects.contains(claims[index].subject)
            && !firsts.contains(where: { claims[$0].subject == claims[index].subject }) {
            firsts.append(index)
        }
        var kept: [NarrativeClaim] = []
        if !firsts.isEmpty {
            kept.reserveCapacity(firsts.count)
            for index in firsts { kept.append(claims[index]) }
        }
        fields.narrative!.claims = kept
        return claims
    }
}
