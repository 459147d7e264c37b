import Foundation
import GRDB
import Testing
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules
import HuizongTestSupport
@testable import HuizongStore

/// Where a test store lives: on tmpfs (memory-backed, `/dev/shm`) or on disk.
///
/// A `DatabasePool` needs a real file (WAL), so "in memory" means a RAM file system.
enum StoreLocation: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory, disk

    var root: URL {
        switch self {
        case .memory:
            FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
                : FileManager.default.temporaryDirectory
        case .disk:
            FileManager.default.temporaryDirectory
        }
    }

    var testDescription: String { rawValue }
}

/// A fresh folder for one test, removed when the value goes away.
final class TempFolder: Sendable {
    let url: URL

    init(_ location: StoreLocation = .disk) throws {
        url = location.root.appendingPathComponent("huizong-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A new store file in the folder.
    func store(_ name: String = "runs.huizong") throws -> SnapshotStore { try SnapshotStore(path: path(name)) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Snapshot contents built from the seed.
enum StoreFixtures {
    /// A finding for round trips.
    static func finding(_ code: String) -> Finding {
        Finding(ruleID: "t1_income_items_sum", severity: .error, unitCode: code, unitName: "测试单位\(code)",
                cell: CellAddress(.t1, "本年收入合计", "预算数"), rowName: "本年收入合计",
                expected: Amount("1805.65"), actual: Amount("1805.66"), line: 40,
                message: "本年收入合计 1805.66 ≠ 收入项目之和 1805.65", involvedCells: [CellAddress(.t1, "本年收入合计", "预算数")])
    }

    /// A snapshot of `budgets` (units), their departments (summed) and the district, with a
    /// manifest of one read input per unit and one quarantined input.
    static func content(_ budgets: [Budget], label: String = "2025 二上", job: String = "rollup",
                        findings: [String: [Finding]] = [:]) -> SnapshotContent {
        let units = budgets.map { budget in
            SnapshotBuilder.entry(budget, findings: findings[budget.code] ?? [], departmentCode: String(budget.code.prefix(3)),
                                  file: "\(budget.code)-2025.txt")
        }
        let groups = Dictionary(grouping: budgets) { String($0.code.prefix(3)) }
        let departmentBudgets = groups.keys.sorted().map { code in
            BudgetSum.sum(groups[code]!, code: code, name: "部门\(code)", year: 2025)
        }
        let departments = departmentBudgets.map { SnapshotBuilder.entry($0, findings: [], departmentCode: "", file: "") }
        let district = BudgetSum.sum(departmentBudgets, code: "000", name: "海港区", year: 2025)
        var manifest = units.map {
            ManifestEntry(path: $0.file, size: $0.text.count, sha256: ContentHash.sha256($0.text), status: .read, unitCode: $0.code)
        }
        manifest.append(ManifestEntry(path: "坏文件.txt", size: 3, sha256: ContentHash.sha256([1, 2, 3]), status: .quarantined,
                                      reason: "不是文本文件"))
        return SnapshotContent(label: label, job: job, year: 2025, district: "海港区", engineVersion: "test",
                               catalogueVersion: RuleCatalogue.version, manifest: manifest, units: units,
                               departments: departments,
                               districtBudget: SnapshotBuilder.entry(district, findings: [], departmentCode: "", file: ""))
    }

    /// Three units in two departments.
    static let codes = ["323003", "323004", "324001"]

    static var threeUnits: [Budget] { codes.map { Seed.unit(code: $0) } }
}

extension SnapshotStore {
    /// Runs raw SQL on the writer connection (tests only: tampering, limits).
    func tamper(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try pool.writeWithoutTransaction { db in try db.execute(sql: sql, arguments: arguments) }
    }

    /// A count from raw SQL.
    func count(_ sql: String) throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}

