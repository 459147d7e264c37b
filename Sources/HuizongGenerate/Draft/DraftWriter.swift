import Foundation
import HuizongModel

/// Writes the next draft of a generated district: a share of the generated units is
/// regenerated with one more consistent change, every other file is copied byte for byte.
enum DraftWriter {
    static func write(_ request: GenerateRequest) throws -> GenerateSummary {
        guard let source = request.draftOf else { preconditionFailure("not a draft request") }
        guard source != request.output else { throw GenerationError("草稿输出目录不能与 --draft-of 目录相同") }
        guard (0...1).contains(request.changeRate) else { throw GenerationError("--change-rate 应在 0 到 1 之间") }
        var manifest = try DistrictManifest.read(directory: source)
        let generator = try DistrictGenerator(manifest.parameters)
        let units = generator.plan.units
        var rng = SplitMix64(seed: manifest.parameters.seed, stream: 70_000_000 + UInt64(manifest.draft))
        let wanted = request.changeRate > 0 ? max(1, Int((request.changeRate * Double(units.count)).rounded())) : 0
        var changed: [String: UnitChange] = [:]
        var regenerated: [GeneratedUnit] = []
        for index in rng.shuffled(Array(units.indices)) where changed.count < wanted {
            let spec = units[index]
            let earlier = manifest.changes[spec.code] ?? []
            var content = ContentBuilder.content(spec, plan: generator.plan)
            for change in earlier { change.apply(to: &content) }
            guard let change = DraftPlanner.change(content, rng: &rng) else { continue }
            changed[spec.code] = change
            manifest.changes[spec.code] = earlier + [change]
            regenerated.append(generator.unit(spec, changes: earlier + [change]))
        }
        let writer = try DistrictWriter(directory: request.output)
        let files = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".txt") }.sorted()
        let fresh = Set(regenerated.map(\.fileName))
        var bytes = 0
        for name in files where !fresh.contains(name) {
            guard let data = FileManager.default.contents(atPath: (source as NSString).appendingPathComponent(name)) else {
                throw GenerationError("无法读取 \(name)")
            }
            try writer.write(data, to: name)
            bytes += data.count
        }
        try writer.write(regenerated)
        bytes += regenerated.map(\.text.utf8.count).reduce(0, +)
        for extra in ["hierarchy.csv", "flows.csv"] {
            if let data = FileManager.default.contents(atPath: (source as NSString).appendingPathComponent(extra)) {
                try writer.write(data, to: extra)
            }
        }
        manifest.draft += 1
        try writer.writeManifest(manifest)
        var csv = "unit_code,draft,change\n"
        for code in changed.keys.sorted() {
            csv += [code, String(manifest.draft), changed[code]!.description].map(DistrictWriter.csvField).joined(separator: ",") + "\n"
        }
        try writer.write(csv, to: "changes.csv")
        let flows = generator.plan.flows
        return GenerateSummary(units: files.count + regenerated.filter { !files.contains($0.fileName) }.count, bytes: bytes,
                               changed: changed, flows: flows.count, unmatchedFlows: flows.filter { !$0.isMatched }.count,
                               faults: [], manifest: manifest)
    }
}
