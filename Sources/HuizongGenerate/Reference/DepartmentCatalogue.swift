/// Whether a unit is an administrative organ, a civil-service-managed institution or a
/// public institution (单位性质).
enum UnitNature: String, Sendable, Hashable {
    case administrative = "行政"
    case civilServiceManaged = "参公"
    case institution = "事业"

    /// 行政 and 参公 units book health insurance under 行政单位医疗 and pay 公务员医疗补助.
    var isAdministrative: Bool { self != .institution }
}

/// A kind of budget unit: its name pattern and what its budget looks like.
struct UnitTemplate: Sendable, Hashable {
    /// `{D}` is the district (`秦皇岛市海港区`), `{n}` a Chinese ordinal (`第{n}小学`),
    /// `{P}` a place name (street or town).
    let name: String
    let nature: UnitNature
    /// 单位规格.
    let rank: String
    /// The function item of its basic expenditure (行政运行, 小学教育, 事业运行 …); may be `{S}01`.
    let mainItem: String
    /// Staff on the payroll.
    let staff: ClosedRange<Int>
    /// Theme sets of its projects.
    let themes: [String]
    /// Earns 事业收入.
    let businessIncome: Bool
    /// Receives 财政专户 money (education fees).
    let specialAccount: Bool
    /// Runs a business (经营收入 and 经营支出).
    let operating: Bool
    /// The field of its duties (单位职责).
    let field: String
    /// Its main tasks.
    let tasks: [String]

    /// True when the name numbers units (`第{n}…`).
    var isNumbered: Bool { name.contains("{n}") }
}

/// A department (部门): its office (the unit …001) and the kinds of unit under it.
struct DepartmentTemplate: Sendable, Hashable {
    /// The fixed three-digit code, nil for departments numbered after the catalogue.
    let code: String?
    /// The office's template; its name is the department's name.
    let office: UnitTemplate
    /// The office's 款 (`20801`): `{S}` in items.
    let section: String
    /// Subordinate unit kinds, fixed names first, numbered last.
    let subordinates: [UnitTemplate]
    /// Relative number of units.
    let weight: Int
}

enum DepartmentCatalogue {
    /// The catalogue's departments in code order.
    static let all: [DepartmentTemplate] = parse(DepartmentCatalogueData.text + "\n" + DepartmentCatalogueData.moreText)

    /// Parses the `D …` / `U …` lines (see ``DepartmentCatalogueData``).
    static func parse(_ text: String) -> [DepartmentTemplate] {
        var departments: [DepartmentTemplate] = []
        var current: (code: String?, office: UnitTemplate, section: String, weight: Int)?
        var subordinates: [UnitTemplate] = []
        func flush() {
            if let c = current {
                departments.append(DepartmentTemplate(code: c.code, office: c.office, section: c.section,
                                                      subordinates: subordinates, weight: c.weight))
            }
            subordinates = []
        }
        for raw in text.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            guard line.count > 2 else { continue }
            let f = line.dropFirst(2).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if line.hasPrefix("D ") {
                flush()
                // D code|name|section|nature|rank|staff|themes|weight|field|tasks
                let office = template(name: f[1], nature: f[3], rank: f[4], item: f[2] + "01", staff: f[5],
                                      themes: f[6], flags: "-", field: f[8], tasks: f[9])
                current = (f[0] == "*" ? nil : f[0], office, f[2], Int(f[7])!)
            } else if line.hasPrefix("U ") {
                // U name|nature|rank|item|staff|themes|flags|field|tasks
                subordinates.append(template(name: f[0], nature: f[1], rank: f[2], item: f[3], staff: f[4],
                                             themes: f[5], flags: f[6], field: f[7], tasks: f[8]))
            }
        }
        flush()
        return departments
    }

    private static func template(name: String, nature: String, rank: String, item: String, staff: String,
                                 themes: String, flags: String, field: String, tasks: String) -> UnitTemplate {
        let bounds = staff.split(separator: "-").map { Int($0)! }
        return UnitTemplate(name: name, nature: UnitNature(rawValue: nature)!, rank: rank, mainItem: item,
                            staff: bounds[0]...bounds[1], themes: themes.split(separator: ",").map(String.init),
                            businessIncome: flags.contains("b"), specialAccount: flags.contains("z"),
                            operating: flags.contains("o"), field: field,
                            tasks: tasks.split(separator: ";").map(String.init))
    }
}
