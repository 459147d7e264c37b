import Foundation
import HuizongModel
import HuizongRules

/// One input file of a run, as the snapshot's manifest records it.
public struct ManifestEntry: Sendable, Hashable, Codable {
    /// The path as given to the run.
    public var path: String
    /// Size in bytes.
    public var size: Int
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// `read` or `quarantined`.
    public var status: Status
    /// Why it was quarantined (empty when read).
    public var reason: String
    /// The unit code read from it, when one was.
    public var unitCode: String?

    public enum Status: String, Sendable, Hashable, Codable { case read, quarantined }

    public init(path: String, size: Int, sha256: String, status: Status, reason: String = "", unitCode: String? = nil) {
        self.path = path; self.size = size; self.sha256 = sha256; self.status = status; self.reason = reason; self.unitCode = unitCode
    }
}

/// What a run hands to the store: everything a snapshot holds, before compression.
public struct SnapshotContent: Sendable {
    /// A budget's canonical bytes (its text in the seed's layout) and its findings.
    public struct Entry: Sendable {
        /// Unit, department or district code.
        public var code: String
        public var name: String
        /// The department a unit belongs to (empty for departments and the district).
        public var departmentCode: String
        /// The file a unit was read from (empty for consolidated budgets).
        public var file: String
        /// The budget in the seed's text layout (UTF-8): reads back to the same model.
        public var text: [UInt8]
        /// The findings as JSON (UTF-8).
        public var findingsJSON: [UInt8]
        /// Count of findings by severity.
        public var errorCount: Int
        public var warningCount: Int
        /// The tables' headline figures (`TableTotals.of`), recorded with a department or
        /// the district so that `huizong diff` need not read the budget back; nil: not recorded.
        public var headlineTotals: [HeadlineTotal]?

        public init(code: String, name: String, departmentCode: String = "", file: String = "", text: [UInt8],
                    findingsJSON: [UInt8], errorCount: Int = 0, warningCount: Int = 0, headlineTotals: [HeadlineTotal]? = nil) {
            self.code = code; self.name = name; self.departmentCode = departmentCode; self.file = file
            self.text = text; self.findingsJSON = findingsJSON; self.errorCount = errorCount; self.warningCount = warningCount
            self.headlineTotals = headlineTotals
        }
    }

    /// The snapshot's label (`2025 二上`).
    public var label: String
    /// The job or command that made it (`rollup`, `job demo`).
    public var job: String
    /// The budget year.
    public var year: Int?
    /// The district's name.
    public var district: String
    /// When the run happened.
    public var createdAt: Date
    /// Engine and rule-catalogue versions.
    public var engineVersion: String
    public var catalogueVersion: String
    /// Every input of the run.
    public var manifest: [ManifestEntry]
    /// Unit budgets.
    public var units: [Entry]
    /// Department budgets (plain sums).
    public var departments: [Entry]
    /// The district budget.
    public var districtBudget: Entry?

    public init(label: String, job: String, year: Int?, district: String, createdAt: Date = Date(),
                engineVersion: String, catalogueVersion: String, manifest: [ManifestEntry],
                units: [Entry], departments: [Entry], districtBudget: Entry?) {
        self.label = label; self.job = job; self.year = year; self.district = district; self.createdAt = createdAt
        self.engineVersion = engineVersion; self.catalogueVersion = catalogueVersion; self.manifest = manifest
        self.units = units; self.departments = departments; self.districtBudget = districtBudget
    }
}

/// A stored snapshot, as `snapshot list` shows it.
public struct SnapshotSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var label: String
    public var job: String
    public var year: Int?
    public var district: String
    public var createdAt: Date
    public var engineVersion: String
    public var catalogueVersion: String
    /// Unit budgets stored (the units that were summed).
    public var unitCount: Int
    /// Department budgets stored.
    public var departmentCount: Int
    /// Inputs in the manifest, and how many of them were quarantined.
    public var inputCount: Int
    public var quarantinedCount: Int
    /// Error and warning findings of the unit budgets.
    public var errorCount: Int
    public var warningCount: Int
    /// Compressed bytes of the distinct blobs it references (shared blobs counted in full).
    public var storedBytes: Int64
    /// Uncompressed bytes of the distinct blobs it references.
    public var rawBytes: Int64
    /// Blobs this snapshot added to the store when it was written (the rest were already
    /// there), and their compressed bytes.
    public var addedBlobCount: Int
    public var addedBytes: Int64
    /// SHA-256 over the sorted (code, hash) pairs of its units: equal for equal content.
    public var contentHash: String
}

/// A budget inside a snapshot: who, and the address of its content.
public struct StoredBudget: Sendable, Hashable, Codable {
    /// `unit`, `department` or `district`.
    public var level: String
    public var code: String
    public var name: String
    public var departmentCode: String
    public var file: String
    /// SHA-256 (hex) of the canonical text: the blob's address.
    public var textHash: String
    /// SHA-256 (hex) of the findings JSON.
    public var findingsHash: String
    public var errorCount: Int
    public var warningCount: Int

    public init(level: String, code: String, name: String, departmentCode: String, file: String,
                textHash: String, findingsHash: String, errorCount: Int, warningCount: Int) {
        self.level = level; self.code = code; self.name = name; self.departmentCode = departmentCode; self.file = file
        self.textHash = textHash; self.findingsHash = findingsHash; self.errorCount = errorCount; self.warningCount = warningCount
    }
}
