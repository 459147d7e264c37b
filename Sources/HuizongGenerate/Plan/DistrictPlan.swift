import Foundation

/// The district laid out before any budget is generated: which departments, which units
/// with which codes and names, and the internal flows between them.
///
/// Built deterministically from ``DistrictParameters``: departments are taken from the
/// catalogue in a fixed order of importance (education, health, human resources …,
/// then streets and towns), units are shared out by each department's weight, and
/// codes are numbered from …001 (the office), skipping reserved codes.
public struct DistrictPlan: Sendable {
    /// The parameters the plan was made from.
    public let parameters: DistrictParameters
    /// The departments in code order.
    public let departments: [PlannedDepartment]
    /// The internal flows (subsidies and remittances) between units of one department.
    public let flows: [InternalFlow]

    /// Every unit in code order.
    public var units: [UnitSpec] { departments.flatMap(\.units) }

    /// The unit with `code`, if planned.
    public func unit(_ code: String) -> UnitSpec? {
        for department in departments where code.hasPrefix(department.code) {
            if let unit = department.units.first(where: { $0.code == code }) { return unit }
        }
        return nil
    }

    /// The flows `code` takes part in, as payer or payee.
    func flows(of code: String) -> [InternalFlow] { flows.filter { $0.payerCode == code || $0.payeeCode == code } }

    /// Lays out the district; throws when the parameters cannot be met.
    public init(_ parameters: DistrictParameters) throws {
        self.parameters = parameters
        guard parameters.departments >= 1 else { throw GenerationError("部门数应至少为 1") }
        guard parameters.units >= parameters.departments else {
            throw GenerationError("单位数（\(parameters.units)）不能少于部门数（\(parameters.departments)）：每个部门至少有本级机关一个单位")
        }
        guard (1...9999).contains(parameters.year) else { throw GenerationError("预算年度 \(parameters.year) 无效") }
        let templates = try Self.chooseDepartments(parameters)
        let counts = try Self.shareUnits(parameters, templates)
        var departments: [PlannedDepartment] = []
        for (index, entry) in templates.enumerated() {
            departments.append(Self.department(entry, count: counts[index], parameters: parameters))
        }
        departments.sort { $0.code < $1.code }
        self.departments = departments
        self.flows = FlowPlan.flows(departments, seed: parameters.seed)
    }

    /// The order departments are taken from the catalogue.
    static let priority = ["314", "318", "323", "316", "306", "321", "322", "325", "326", "320", "304", "313",
                           "303", "301", "302", "305", "307", "308", "309", "310", "311", "312", "315", "317",
                           "319", "324", "327", "328", "329", "330", "331", "332", "333", "334", "335"]
    /// The first code of departments numbered after the catalogue (streets and towns).
    static let firstStreetCode = 340

    /// A chosen department: its code, catalogue entry and, for a street, its place.
    struct Choice {
        var code: String
        var template: DepartmentTemplate
        var place: String?
    }

    static func chooseDepartments(_ parameters: DistrictParameters) throws -> [Choice] {
        let catalogue = DepartmentCatalogue.all
        var byCode: [String: DepartmentTemplate] = [:]
        for entry in catalogue { if let code = entry.code { byCode[code] = entry } }
        guard let street = catalogue.first(where: { $0.code == nil }) else { preconditionFailure("catalogue has no street template") }
        var order: [String] = []
        for code in parameters.reservedCodes {
            guard code.count == 6, code.allSatisfy(\.isASCII), Int(code) != nil else {
                throw GenerationError("保留单位编码“\(code)”应为六位数字")
            }
            let department = String(code.prefix(3))
            guard byCode[department] != nil else {
                throw GenerationError("保留单位编码 \(code) 的部门 \(department) 不在部门目录中")
            }
            if code.hasSuffix("001") { throw GenerationError("保留单位编码 \(code) 是部门本级机关的编码") }
            if !order.contains(department) { order.append(department) }
        }
        for code in priority where !order.contains(code) { order.append(code) }
        var chosen = order.prefix(parameters.departments).map { Choice(code: $0, template: byCode[$0]!, place: nil) }
        var index = 0
        while chosen.count < parameters.departments {
            let code = firstStreetCode + index
            guard code <= 999 else { throw GenerationError("部门数（\(parameters.departments)）超出可生成的范围") }
            chosen.append(Choice(code: String(code), template: street, place: PlaceNames.place(index)))
            index += 1
        }
        return chosen
    }

    /// Units per department (the office included), shared by weight up to each one's capacity.
    static func shareUnits(_ parameters: DistrictParameters, _ chosen: [Choice]) throws -> [Int] {
        let reserved = parameters.reservedCodes
        let capacities = chosen.map { choice -> Int in
            let taken = reserved.filter { $0.hasPrefix(choice.code) }.count
            let kinds = subordinateKinds(choice)
            return kinds.repeating.isEmpty ? kinds.fixed.count : 998 - taken
        }
        var counts = Array(repeating: 1, count: chosen.count)
        var remaining = parameters.units - chosen.count
        guard remaining <= capacities.reduce(0, +) else {
            throw GenerationError("单位数（\(parameters.units)）超出 \(chosen.count) 个部门可容纳的数量")
        }
        while remaining > 0 {
            let open = chosen.indices.filter { counts[$0] - 1 < capacities[$0] }
            let weight = open.map { chosen[$0].template.weight }.reduce(0, +)
            var given = 0
            var shares: [(Int, Int)] = []  // (index, remainder)
            for index in open {
                let exact = remaining * chosen[index].template.weight
                let share = min(exact / weight, capacities[index] - (counts[index] - 1))
                counts[index] += share
                given += share
                shares.append((index, exact % weight))
            }
            if given == 0 {
                // Hand out one at a time, largest remainder first (ties: catalogue order).
                for (index, _) in shares.sorted(by: { $0.1 > $1.1 }) where given < remaining {
                    counts[index] += 1
                    given += 1
                }
            }
            remaining -= given
        }
        return counts
    }

    /// The fixed and the repeating (numbered) subordinate kinds of a department.
    static func subordinateKinds(_ choice: Choice) -> (fixed: [UnitTemplate], repeating: [UnitTemplate]) {
        let kinds = choice.template.subordinates
        let repeats: (UnitTemplate) -> Bool = { $0.name.contains("{n}") || ($0.name.contains("{P}") && choice.place == nil) }
        return (kinds.filter { !repeats($0) }, kinds.filter(repeats))
    }

    /// The department with `count` units.
    static func department(_ choice: Choice, count: Int, parameters: DistrictParameters) -> PlannedDepartment {
        let template = choice.template
        let section = template.section
        func name(_ pattern: String, ordinal: Int) -> String {
            var out = pattern.replacingOccurrences(of: "{D}", with: parameters.districtName)
            if out.contains("{n}") { out = out.replacingOccurrences(of: "{n}", with: ChineseNumerals.ordinal(ordinal)) }
            let place = choice.place ?? PlaceNames.place(ordinal - 1)
            out = out.replacingOccurrences(of: "{P}", with: place)
            return out.replacingOccurrences(of: "{O}", with: PlaceNames.officeSuffix(place))
        }
        let departmentName = name(template.office.name, ordinal: 1)
        var units = [UnitSpec(code: choice.code + "001", name: departmentName, departmentCode: choice.code,
                              departmentName: departmentName, isOffice: true, template: template.office,
                              section: section, mainItem: section + "01")]
        let kinds = subordinateKinds(choice)
        var sequence: [UnitTemplate] = []
        var step = 0
        while sequence.count < count - 1 {
            if step < kinds.fixed.count { sequence.append(kinds.fixed[step]) }
            if !kinds.repeating.isEmpty && sequence.count < count - 1 {
                sequence.append(kinds.repeating[step % kinds.repeating.count])
            }
            step += 1
        }
        var counters: [String: Int] = [:]
        var number = 2
        for kind in sequence.prefix(count - 1) {
            var code = choice.code + threeDigits(number)
            while parameters.reservedCodes.contains(code) { number += 1; code = choice.code + threeDigits(number) }
            number += 1
            counters[kind.name, default: 0] += 1
            let item = kind.mainItem.hasPrefix("{S}") ? section + kind.mainItem.dropFirst(3) : kind.mainItem
            units.append(UnitSpec(code: code, name: name(kind.name, ordinal: counters[kind.name]!), departmentCode: choice.code,
                                  departmentName: departmentName, isOffice: false, template: kind,
                                  section: section, mainItem: item))
        }
        return PlannedDepartment(code: choice.code, name: departmentName, units: units, template: template)
    }

    static func threeDigits(_ n: Int) -> String {
        n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : String(n)
    }
}
