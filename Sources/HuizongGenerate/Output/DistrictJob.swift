import Foundation
import HuizongModel
import HuizongParse

/// What `huizong generate` is asked to do.
public struct GenerateRequest: Sendable {
    /// The output directory.
    public var output: String
    /// The district to generate (ignored for a draft, which takes them from `district.json`).
    public var parameters: DistrictParameters
    /// Unit files copied into the district as they are (their codes are reserved).
    public var includeFiles: [String]
    /// A generated district to write the next draft of.
    public var draftOf: String?
    /// The share of generated units a draft changes.
    public var changeRate: Double
    /// How many single-cell errors to inject (in distinct units).
    public var faults: Int
    /// Worker threads (default: one per core).
    public var threads: Int?

    public init(output: String, parameters: DistrictParameters, includeFiles: [String] = [], draftOf: String? = nil,
                changeRate: Double = 0.1, faults: Int = 0, threads: Int? = nil) {
        self.output = output; self.parameters = parameters; self.includeFiles = includeFiles; self.draftOf = draftOf
        self.changeRate = changeRate; self.faults = faults; self.threads = threads
    }
}

/// What was written.
public struct GenerateSummary: Sendable {
    /// Unit files written (generated, copied and included).
    public var units: Int
    /// Their total size in bytes.
    public var bytes: Int
    /// Units regenerated with a change (drafts).
    public var changed: [String: UnitChange]
    /// Internal flows, and how many of them do not match.
    public var flows: Int
    public var unmatchedFlows: Int
    /// Injected faults.
    public var faults: [FaultRecord]
    /// The manifest written.
    public var manifest: DistrictManifest
}

/// Runs a generate request: a new district, or the next draft of one, then faults.
public enum DistrictJob {
    /// Runs `request`.
    public static func run(_ request: GenerateRequest) throws -> GenerateSummary {
        var summary = try request.draftOf == nil ? generate(request) : DraftWriter.write(request)
        if request.faults > 0 {
            let generated = try DistrictGenerator(summary.manifest.parameters).plan.units.map(\.code)
            summary.faults = try inject(request.faults, units: generated, directory: request.output,
                                        manifest: summary.manifest)
        }
        return summary
    }

    /// A new district.
    static func generate(_ request: GenerateRequest) throws -> GenerateSummary {
        var included: [DistrictManifest.IncludedUnit] = []
        var includedText: [(String, Data)] = []
        for path in request.includeFiles {
            let result = BudgetReader.read(contentsOf: path)
            guard let budget = result.budget, !budget.code.isEmpty else {
                throw GenerationError("无法读取要并入的单位文件 \(path)")
            }
            let name = "\(budget.code)-\(budget.year ?? request.parameters.year).txt"
            included.append(.init(code: budget.code, name: budget.name, file: name))
            includedText.append((name, FileManager.default.contents(atPath: path) ?? Data()))
        }
        var parameters = request.parameters
        parameters.reservedCodes = (parameters.reservedCodes + included.map(\.code)).sorted()
        let generator = try DistrictGenerator(parameters)
        let units = generator.generate(threads: request.threads)
        let writer = try DistrictWriter(directory: request.output)
        try writer.write(units)
        for (name, data) in includedText { try writer.write(data, to: name) }
        try writer.writeHierarchy(DistrictWriter.hierarchy(generator.plan, included: included))
        try writer.writeFlows(generator.plan.flows, plan: generator.plan)
        let manifest = DistrictManifest(parameters: parameters, included: included)
        try writer.writeManifest(manifest)
        let bytes = units.map(\.text.utf8.count).reduce(0, +) + includedText.map(\.1.count).reduce(0, +)
        return GenerateSummary(units: units.count + included.count, bytes: bytes, changed: [:],
                               flows: generator.plan.flows.count,
                               unmatchedFlows: generator.plan.flows.filter { !$0.isMatched }.count,
                               faults: [], manifest: manifest)
    }

    /// Injects `count` faults into distinct units among `units` (files in `directory`) and
    /// writes `faults.csv`.
    static func inject(_ count: Int, units: [String], directory: String, manifest: DistrictManifest) throws -> [FaultRecord] {
        let writer = try DistrictWriter(directory: directory)
        var rng = SplitMix64(seed: manifest.parameters.seed, stream: 80_000_000 + UInt64(manifest.draft))
        var records: [FaultRecord] = []
        for index in rng.shuffled(Array(units.indices)) where records.count < count {
            let file = "\(units[index])-\(manifest.parameters.year).txt"
            let result = BudgetReader.read(contentsOf: writer.path(file))
            guard var budget = result.budget, result.isFullyRead,
                  let record = FaultInjector.inject(into: &budget, file: file, rng: &rng) else { continue }
            try writer.write(TextLayoutWriter.write(budget), to: file)
            records.append(record)
        }
        guard records.count == count else {
            throw GenerationError("只能在 \(records.count) 个单位中注入错误（要求 \(count) 个，每个单位一处）")
        }
        try writer.write(FaultInjector.csv(records), to: "faults.csv")
        return records
    }
}
