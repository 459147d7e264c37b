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
        var asked: UInt64 = 0, readable: UInt64 = 0
        // Claims are read in place and a figure's cell is fetched only for a finding; the
        // subject is read through the check (no reference of its own to count).
        for index in claims.indices
        where wanted & (1 << UInt64(claims[index].subject.caseTag)) != 0 && claims[index].change == .level {
            let subject = claims[index].subject
            guard let table = NarrativeFigures.table(of: subject) else { continue }
            let bit: UInt64 = 1 << UInt64(table.caseTag)
            if asked & bit == 0 { asked |= bit; if check.require(table) { readable |= bit } }
            guard readable & bit != 0 else { continue }
            guard let value = check.subject.figureValue(subject) else {
                check.notChecked(NarrativeFigures.missingReason(subject)); continue
            }
            check.equal(claims[index].amount, value.orZero, termCount: 1,
                        cell: { _ in .claim(index, claims[index]) }, expectedLabel: { $0.figure(subject)!.cell.display },
                        terms: { [RelationTerm(.claim(index, claims[index]), 1), RelationTerm($0.figure(subject)!.cell, -1)] })
        }
    }

    /// The claim as the narrative prints it: `“较2024年预算减少185.23万元”` (the label
    /// carries the 增加/减少 of a change).
    static func quote(_ claim: NarrativeClaim) -> String {
        "“\(claim.label)\(claim.printed)\(claim.unit.rawValue)”"
    }
}
