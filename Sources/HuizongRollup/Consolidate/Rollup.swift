import HuizongModel
import HuizongRules

/// A unit left out of the sums, and why.
public struct Quarantine: Sendable, Hashable, Codable {
    /// The file.
    public var file: String
    /// The unit's code when it could be read.
    public var unitCode: String?
    /// Why, for people.
    public var reasons: [String]
}

/// One department's result.
public struct DepartmentRollup: Sendable {
    /// The department's code and name.
    public var code: String
    public var name: String
    /// The units summed, by code.
    public var unitCodes: [String]
    /// The plain sum (汇总).
    public var budget: Budget
    /// The consolidated view with internal flows eliminated (合并).
    public var consolidated: Budget
    /// The elimination ledger of the department.
    public var eliminations: EliminationLedger
    /// The check of the plain sum against the amount rules.
    public var report: UnitCheckReport
}

/// The whole roll-up of a district.
public struct RollupResult: Sendable {
    /// Every input, in input order.
    public var units: [LoadedUnit]
    /// Units left out of the sums.
    public var quarantined: [Quarantine]
    /// Units listed in the hierarchy but not among the inputs.
    public var missingUnits: [Hierarchy.Entry]
    /// Units among the inputs but not listed in the hierarchy (summed under their code's department).
    public var unlistedUnits: [String]
    /// The budget year of the run.
    public var year: Int?
    /// Departments, by code.
    public var departments: [DepartmentRollup]
    /// The district total (the sum of the departments).
    public var district: Budget
    /// The check of the district total.
    public var districtReport: UnitCheckReport
}

/// The consolidation pipeline: group the loaded units by department, quarantine what must
/// not be summed, sum each department and the district, eliminate internal flows, and
/// check every consolidated budget against the amount rules.
public struct Rollup: Sendable {
    /// The district's name (全区 title).
    public var districtName: String
    /// The district's code in the consolidated headers.
    public var districtCode: String
    /// The run's budget year; by default the most common year among the units.
    public var year: Int?
    /// The checker for consolidated budgets (amount rules only by default).
    public var checker: Checker

    public init(districtName: String = "全区", districtCode: String = "000", year: Int? = nil,
                checker: Checker = Checker(rules: Rollup.amountRules)) {
        self.districtName = districtName; self.districtCode = districtCode; self.year = year; self.checker = checker
    }

    /// The rules every consolidated budget must pass: those about amounts, narrative excluded.
    public static var amountRules: [any BudgetRule.Type] {
        RuleCatalogue.all.filter { $0.description.isAmountRule && $0.description.table != .narrative }
    }

    /// Rolls up `units` under `hierarchy` (derived from the unit codes when nil).
    public func run(_ units: [LoadedUnit], hierarchy given: Hierarchy?, threads: Int? = nil) -> RollupResult {
        var quarantined: [Quarantine] = []
        // 1. Unreadable files.
        var readable: [(index: Int, budget: Budget)] = []
        // Units are read in place (a copy of a loaded unit costs a reference count per field).
        for index in units.indices {
            // `isUnreadable` spelled out on the unit in place (calling it copied the unit).
            if units[index].budget == nil || units[index].readDiagnostics.contains(where: { $0.severity == .error }) {
                let unit = units[index]
                let reasons = unit.readDiagnostics.filter { $0.severity == .error }.map(\.rendered)
                quarantined.append(Quarantine(file: unit.file, unitCode: unit.budget?.code,
                                              reasons: reasons.isEmpty ? ["未能读入"] : reasons))
            } else if let budget = units[index].budget {
                readable.append((index, budget))
            }
        }
        // 2. The run's year; units of another year are quarantined.
        let runYear = year ?? Rollup.mostCommonYear(readable.map(\.budget.year))
        readable.removeAll { item in
            guard let runYear, item.budget.year != runYear else { return false }
            quarantined.append(Quarantine(file: units[item.index].file, unitCode: item.budget.code,
                                          reasons: ["预算年度 \(item.budget.year.map(String.init) ?? "未注明") 与本次汇总的 \(runYear) 不符"]))
            return true
        }
        // 3. Duplicate unit codes: none of them is summed.
        // Each code's first position; the positions of a code seen more than once are
        // listed apart (a list per code cost an allocation for each of ten thousand units).
        var byCode: [String: Int] = [:]
        byCode.reserveCapacity(readable.count)
        var repeated: [String: [Int]] = [:]
        for position in readable.indices {
            let code = readable[position].budget.code
            if let first = byCode.updateValue(position, forKey: code) {
                byCode[code] = first
                repeated[code, default: [first]].append(position)
            }
        }
        var duplicatePositions: Set<Int> = []
        // In the order of each code's first file, whatever the dictionary's order (which
        // changes from run to run), so the quarantine list is the same in every run.
        for (code, positions) in repeated.sorted(by: { $0.value[0] < $1.value[0] }) {
            let files = positions.map { units[readable[$0].index].file }
            for position in positions {
                duplicatePositions.insert(position)
                quarantined.append(Quarantine(file: units[readable[position].index].file, unitCode: code,
                                              reasons: ["单位编码 \(code) 重复出现于 \(files.joined(separator: "、"))：在消除重复之前均不汇总"]))
            }
        }
        let summed = readable.enumerated().filter { !duplicatePositions.contains($0.offset) }.map(\.element.budget)
        // 4. Hierarchy.
        let hierarchy = given ?? Hierarchy.derived(from: summed.map { ($0.code, $0.name) })
        // Every unit summed is among the readable ones (`byCode`): a listed unit is missing
        // when no readable input has its code.
        // The listed entries are read in place and copied once, into the list (filtering
        // them, then sorting the copies, copied each entry twice, four strings each time).
        let missing = given.map { h -> [Hierarchy.Entry] in
            let entries = h.entries.values
            let positions = entries.indices.filter { byCode[entries[$0].unitCode] == nil }
            return Rollup.codeOrder(positions.count) { entries[positions[$0]].unitCode }.map { entries[positions[$0]] }
        } ?? []
        var unlisted: [String] = []
        var groups: [String: [Budget]] = [:]
        var departmentNames: [String: String] = [:]
        // Units the hierarchy does not list go to their code's department, named as a
        // derived hierarchy names it (made only when there is such a unit).
        var fallback: Hierarchy?
        for budget in summed {
            let entry: Hierarchy.Entry
            if let listed = hierarchy.entry(budget.code) { entry = listed } else {
                unlisted.append(budget.code)
                if fallback == nil { fallback = Hierarchy.derived(from: summed.map { ($0.code, $0.name) }) }
                entry = fallback!.entry(budget.code)!
            }
            groups[entry.departmentCode, default: []].append(budget)
            if departmentNames[entry.departmentCode] == nil { departmentNames[entry.departmentCode] = entry.departmentName }
        }
        // 5. Departments in parallel, then the district.
        let codes = groups.keys.sorted()
        let checker = self.checker
        let memberLists = codes.map { Rollup.sortedByCode(groups[$0]!) }
        let names = codes.map { departmentNames[$0] ?? $0 }
        let departments = Parallel.map(Array(codes.indices), threads: threads) { index -> DepartmentRollup in
            let code = codes[index]
            let members = memberLists[index]
            let name = names[index]
            let sum = BudgetSum.sum(members, code: code, name: name, year: runYear)
            let (consolidated, ledger) = Elimination.consolidate(members, sum: sum)
            return DepartmentRollup(code: code, name: name, unitCodes: members.map(\.code), budget: sum,
                                    consolidated: consolidated, eliminations: ledger,
                                    report: checker.check(sum, file: "部门 \(code)"))
        }
        let district = BudgetSum.sum(departments.map(\.budget), code: districtCode, name: districtName, year: runYear,
                                     threads: threads ?? Parallel.coreCount)
        return RollupResult(units: units, quarantined: quarantined, missingUnits: missing, unlistedUnits: unlisted.sorted(),
                            year: runYear, departments: departments, district: district,
                            districtReport: checker.check(district, file: "全区", threads: threads ?? Parallel.coreCount))
    }

    /// `budgets` in the order of their codes (as `String` compares them), each code read once.
    static func sortedByCode(_ budgets: [Budget]) -> [Budget] {
        codeOrder(budgets.count) { budgets[$0].code }.map { budgets[$0] }
    }

    /// The positions `0..<count` in the order of their codes (`code(position)`), as
    /// `String` compares them. Codes of at most eight ASCII bytes (as unit codes are) are
    /// compared as one integer each: their bytes, first byte highest, zero-padded, which
    /// orders them as the strings; other codes are compared as strings.
    static func codeOrder(_ count: Int, code: (Int) -> String) -> [Int] {
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        for position in 0..<count {
            var text = code(position)
            let key: UInt64? = text.withUTF8 { bytes in
                guard bytes.count <= 8 else { return nil }
                var key: UInt64 = 0
                for index in 0..<8 {
                    let byte = index < bytes.count ? bytes[index] : 0
                    guard byte < 0x80, index >= bytes.count || byte != 0 else { return nil }
                    key = key << 8 | UInt64(byte)
                }
                return key
            }
            guard let key else {
                let codes = (0..<count).map { code($0) }
                return (0..<count).sorted { codes[$0] < codes[$1] }
            }
            keys.append(key)
        }
        return (0..<count).sorted { keys[$0] < keys[$1] }
    }

    /// The most common non-nil year (the earliest of those counted as often).
    static func mostCommonYear(_ years: [Int?]) -> Int? {
        // A run holds one or two years: they are counted in a short list (a dictionary cost
        // ~670 instructions a unit), and in a dictionary only past eight distinct years.
        var counts: [(year: Int, count: Int)] = []
        for year in years {
            guard let year else { continue }
            if let at = counts.firstIndex(where: { $0.year == year }) {
                counts[at].count += 1
            } else if counts.count < 8 {
                counts.append((year, 1))
            } else {
                var table: [Int: Int] = [:]
                for year in years { if let year { table[year, default: 0] += 1 } }
                counts = table.map { ($0.key, $0.value) }
                break
            }
        }
        return counts.max { $0.count != $1.count ? $0.count < $1.count : $0.year > $1.year }?.year
    }
}
