/// One unit of the planned district: its code, name, department and kind. Together with
/// the district's seed this is everything its budget is generated from.
public struct UnitSpec: Sendable, Hashable {
    /// Six-digit unit code: department code + three digits (`323001`).
    public let code: String
    /// The unit's name (`秦皇岛市海港区人力资源和社会保障局`).
    public let name: String
    /// The department's three-digit code.
    public let departmentCode: String
    /// The department's name (its office's name).
    public let departmentName: String
    /// True for the department's own office (unit …001).
    public let isOffice: Bool
    /// What kind of unit it is.
    let template: UnitTemplate
    /// The department office's 款 (`20801`), the `{S}` of project items.
    let section: String
    /// The unit's own function 项 of its basic expenditure (`2080101`, `2050202`).
    let mainItem: String

    /// The random stream of this unit within the district seed: the code as a number.
    var stream: UInt64 { UInt64(code) ?? 0 }
}

/// One department of the planned district.
public struct PlannedDepartment: Sendable, Hashable {
    /// Three-digit code.
    public let code: String
    /// Name (the office's name).
    public let name: String
    /// Its units in code order, the office first.
    public let units: [UnitSpec]
    /// The catalogue entry.
    let template: DepartmentTemplate
}
