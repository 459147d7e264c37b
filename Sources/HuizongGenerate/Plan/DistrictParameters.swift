/// What a generated district is made from: its size, budget year, seed and name.
///
/// Everything the generator produces is a function of these parameters alone, so a
/// district can be regenerated, unit by unit, from the `district.json` written with it.
public struct DistrictParameters: Sendable, Hashable, Codable {
    /// Number of departments (部门).
    public var departments: Int
    /// Number of generated units (单位) in all, each department's office included.
    public var units: Int
    /// 预算年度.
    public var year: Int
    /// The seed of every random choice.
    public var seed: UInt64
    /// The district's name, the prefix of most unit names.
    public var districtName: String
    /// Unit codes taken by units supplied from elsewhere (e.g. the real unit 323003):
    /// generated units skip them, and their departments are always generated.
    public var reservedCodes: [String]

    /// The default district name.
    public static let defaultDistrictName = "秦皇岛市海港区"

    /// Parameters for `departments` departments with `units` units in all.
    public init(departments: Int, units: Int, year: Int = 2025, seed: UInt64 = 1,
                districtName: String = DistrictParameters.defaultDistrictName, reservedCodes: [String] = []) {
        self.departments = departments; self.units = units; self.year = year; self.seed = seed
        self.districtName = districtName; self.reservedCodes = reservedCodes
    }
}

/// Why a district cannot be generated with the parameters given.
public struct GenerationError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What is wrong, in Chinese.
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
