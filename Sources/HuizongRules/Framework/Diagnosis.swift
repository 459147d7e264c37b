import HuizongModel

/// Finds single cells whose correction would clear several failing relations at once,
/// and says so on each finding it clears.
///
/// Candidates come from the failed linear relations: for a relation with residual r and
/// a term of coefficient k, changing that cell by −r/k satisfies it. A candidate that
/// several failed relations agree on is applied to a copy of the budget and the rules
/// are run again; it is reported only when it clears every finding that involves the
/// cell and creates no new failure.
struct Diagnosis {
    let checker: Checker
    let budget: Budget
    let context: CheckContext

    /// At most this many candidates are tried per unit.
    static let maxCandidates = 12

    func annotate(_ findings: inout [Finding], failed: [FailedRelation]) {
        struct Candidate: Hashable { var cell: CellAddress; var delta: Int64 }
        var votes: [Candidate: Int] = [:]
        var refs: [CellAddress: CellRef] = [:]
        for relation in failed {
            for term in relation.terms where term.coefficient != 0 && relation.residual.fen % Int64(term.coefficient) == 0 {
                let delta = -relation.residual.fen / Int64(term.coefficient)
                votes[Candidate(cell: term.cell.address, delta: delta), default: 0] += 1
                refs[term.cell.address] = term.cell
            }
        }
        let ranked = votes.filter { $0.value >= 2 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.cell < $1.key.cell }
            .prefix(Diagnosis.maxCandidates)
        let before = Set(failed.map { key(findings[$0.findingIndex]) })
        var explained: Set<String> = []
        for (candidate, _) in ranked {
            let current = budget.amount(at: candidate.cell)
            let corrected = current.orZero + Amount(fen: candidate.delta)
            var copy = budget
            guard copy.setAmount(corrected, at: candidate.cell) else { continue }
            let rerun = checker.runRules(copy, context: context)
            let after = Set(rerun.failed.map { key(rerun.findings[$0.findingIndex]) })
            let cleared = before.subtracting(after).subtracting(explained)
            guard after.isSubset(of: before), cleared.count >= 2 else { continue }
            explained.formUnion(cleared)
            let correction = CellCorrection(cell: candidate.cell, rowName: refs[candidate.cell]?.rowName ?? "",
                                            current: current, corrected: corrected, clears: cleared.count)
            let label = refs[candidate.cell]?.display ?? candidate.cell.description
            for index in findings.indices where cleared.contains(key(findings[index])) {
                findings[index].correction = correction
                findings[index].message += "（\(cleared.count) 项不符指向同一单元格：将 \(label) 由 \(current?.text() ?? "（空）") 改为 \(corrected.text()) 即可同时消除）"
            }
        }
    }

    private func key(_ finding: Finding) -> String { "\(finding.ruleID)|\(finding.cell)" }
}
