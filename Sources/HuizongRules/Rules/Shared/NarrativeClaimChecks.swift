import HuizongModel

/// Checks shared by the narrative rules.
enum NarrativeClaimChecks {
    /// Every level claim (not a 比上年 change) of one of `subjects` equals its table figure
    /// (``NarrativeFigures``); a claim of 0.00 matches an empty cell.
    static func levels(_ subjects: [ClaimSubject], _ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        // Subjects and tables as bit sets of their case tags: no hashing per claim.
        var wanted: UInt64 = 0
        for subject in subjects { wanted |= 1 << UInt64(subject.caseTag) }
        let relevant = claims.indices.filter { wanted & (1 << UInt64(claims[$0].subject.caseTag)) != 0 && claims[$0].change == .level }
        guard !relevant.isEmpty else { return }
        var asked: UInt64 = 0, readable: UInt64 = 0
        for index in relevant {
            let claim = claims[index]
            guard let table = NarrativeFigures.table(of: claim.subject) else { continue }
            let bit: UInt64 = 1 << UInt64(table.caseTag)
            if asked & bit == 0 { asked |= bit; if check.require(table) { readable |= bit } }
            guard readable & bit != 0 else { continue }
            guard let figure = check.subject.figure(claim.subject) else {
                check.notChecked(NarrativeFigures.missingReason(claim.subject)); continue
            }
            check.equal(claim.amount, figure.value.orZero, termCount: 1,
                        cell: { .claim(index, claim) }, expectedLabel: { figure.cell.display },
                        terms: { [RelationTerm(.claim(index, claim), 1), RelationTerm(figure.cell, -1)] })
        }
    }

    /// The claim as the narrative prints it: `“较2024年预算减少185.23万元”` (the label
    /// carries the 增加/减少 of a change).
    static func quote(_ claim: NarrativeClaim) -> String {
        "“\(claim.label)\(claim.printed)\(claim.unit.rawValue)”"
    }
}
