import HuizongModel

/// "Every figure is guarded": changes each amount of a budget by +0.01 and by −0.01, one
/// at a time, and checks that the catalogue reports an error on that very cell.
public enum MutationCheck {
    /// One mutated figure.
    public struct Outcome: Sendable, Hashable {
        /// The cell changed.
        public var address: CellAddress
        /// Its row's name.
        public var rowName: String
        /// Its value before.
        public var original: Amount
        /// +1 or −1 (hundredths of 万元).
        public var step: Int64
        /// Whether an error finding involving the cell was reported.
        public var detected: Bool
        /// The rules that reported it.
        public var rules: [String]
        /// Why the figure cannot be checked from the document alone (then it does not count).
        public var exclusion: String?
    }

    /// Cumulative plan months between which only the order is a relation.
    public static let intermediatePlanColumns: Set<String> = ["3月底", "6月底", "10月底"]

    /// The whole run.
    public struct Report: Sendable {
        public var outcomes: [Outcome]
        /// Mutations that count (not excluded).
        public var counted: [Outcome] { outcomes.filter { $0.exclusion == nil } }
        /// Detected among those that count.
        public var detectedCount: Int { counted.filter(\.detected).count }
        /// detected / counted.
        public var rate: Double { counted.isEmpty ? 1 : Double(detectedCount) / Double(counted.count) }
        /// Counted mutations that were not detected.
        public var missed: [Outcome] { counted.filter { !$0.detected } }
        /// Excluded mutations.
        public var excluded: [Outcome] { outcomes.filter { $0.exclusion != nil } }
    }

    /// Runs the mutations of every non-empty amount of `budget` in `tables` (all by default)
    /// and of every figure the narrative quotes.
    public static func run(_ budget: Budget, checker: Checker = Checker(), lastYear: Budget? = nil,
                           tables: Set<TableID>? = nil, threads: Int? = nil) -> Report {
        var cells: [AmountCell] = []
        budget.forEachAmountCell(claims: true) { cell in
            if tables == nil || tables!.contains(cell.address.table) { cells.append(cell) }
        }
        let jobs = cells.flatMap { cell in [(cell, Int64(1)), (cell, Int64(-1))] }
        let context = CheckContext(tolerance: checker.tolerance, lastYear: lastYear)
        let outcomes = Parallel.map(jobs.indices.map { $0 }, threads: threads) { index -> Outcome in
            let (cell, step) = jobs[index]
            let original = cell.value ?? .zero
            var mutated = budget
            mutated.setAmount(original + Amount(wanHundredths: step), at: cell.address)
            let run = checker.runRules(mutated, context: context)
            let hits = run.findings.filter { $0.severity == .error && $0.involvedCells.contains(cell.address) }
            var exclusion: String? = nil
            if hits.isEmpty, cell.address.table == .performance, MutationCheck.intermediatePlanColumns.contains(cell.address.column) {
                exclusion = "3月底/6月底/10月底计划数只须递增，无勾稽关系可核对其精确值"
            }
            if hits.isEmpty, cell.address.table == .narrative, lastYear == nil,
               let position = Int(cell.address.row), let claim = budget.narrative?.claims[position - 1],
               claim.change != .level {
                exclusion = "比上年增减数只能对照上年预算核对（未提供上年数据）"
            }
            return Outcome(address: cell.address, rowName: cell.rowName, original: original, step: step,
                           detected: !hits.isEmpty, rules: Array(Set(hits.map(\.ruleID))).sorted(), exclusion: exclusion)
        }
        return Report(outcomes: outcomes)
    }

    /// A summary for people.
    public static func text(_ report: Report) -> String {
        var out: [String] = []
        var byTable: [TableID: (Int, Int)] = [:]
        for outcome in report.counted {
            var entry = byTable[outcome.address.table] ?? (0, 0)
            entry.1 += 1
            if outcome.detected { entry.0 += 1 }
            byTable[outcome.address.table] = entry
        }
        for table in byTable.keys.sorted() {
            let (found, total) = byTable[table]!
            out.append("\(table.label)：\(found)/\(total)")
        }
        for outcome in report.missed {
            out.append("未发现：\(outcome.address) \(outcome.rowName) \(outcome.original.text()) \(outcome.step > 0 ? "+0.01" : "−0.01")")
        }
        for outcome in report.excluded {
            out.append("不计入：\(outcome.address) \(outcome.rowName) \(outcome.step > 0 ? "+0.01" : "−0.01")：\(outcome.exclusion!)")
        }
        let percent = (report.rate * 10_000).rounded() / 100
        out.append("检出率：\(report.detectedCount)/\(report.counted.count) = \(percent)%（另有 \(report.excluded.count) 项不计入）")
        return out.joined(separator: "\n") + "\n"
    }
}
