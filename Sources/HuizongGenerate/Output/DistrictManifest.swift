import Foundation

/// `district.json`: what a generated district was made from, so that it can be
/// regenerated unit by unit (drafts) — its parameters, the draft number, the changes
/// applied so far and the units copied in from elsewhere.
public struct DistrictManifest: Sendable, Hashable, Codable {
    /// A unit not generated but copied in (e.g. the real unit 323003).
    public struct IncludedUnit: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var file: String
        public init(code: String, name: String, file: String) { self.code = code; self.name = name; self.file = file }
    }

    /// The generation parameters.
    public var parameters: DistrictParameters
    /// 1 for a generated district, n + 1 for the draft after draft n.
    public var draft: Int
    /// The changes applied to each changed unit, in order, over all drafts so far.
    public var changes: [String: [UnitChange]]
    /// Units copied in.
    public var included: [IncludedUnit]

    public init(parameters: DistrictParameters, draft: Int = 1, changes: [String: [UnitChange]] = [:],
                included: [IncludedUnit] = []) {
        self.parameters = parameters; self.draft = draft; self.changes = changes; self.included = included
    }

    /// The file name.
    public static let fileName = "district.json"

    /// The JSON text (sorted keys, pretty printed).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads `district.json` in `directory`.
    public static func read(directory: String) throws -> DistrictManifest {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GenerationError("找不到 \(path)：--draft-of 需要用 generate 生成的区县目录")
        }
        do { return try JSONDecoder().decode(DistrictManifest.self, from: data) } catch {
            throw GenerationError("\(path) 无法读取：\(error)")
        }
    }
}
