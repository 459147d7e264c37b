import HuizongModel
import HuizongParse

/// Generates realistic districts of Hebei-template unit budgets.
///
/// Each unit's budget is built bottom-up from its own random stream (SplitMix64 seeded
/// with the district seed and the unit code): staff and basic expenditure on real
/// economic and function codes, projects with their 绩效目标表, fund sources, internal
/// flows, purchases, assets and last year's figures. The nine tables, the procurement and
/// asset tables and the narrative are then sums over that content, so every relation of
/// the template holds exactly and every generated unit passes the rule catalogue.
/// Units are independent and are generated in parallel; the result is the same for the
/// same parameters on any machine and thread count.
///
/// ```swift
/// let generator = try DistrictGenerator(DistrictParameters(departments: 3, units: 12, seed: 7))
/// for unit in generator.generate() { print(unit.fileName, unit.text.utf8.count) }
/// ```
public struct DistrictGenerator: Sendable {
    /// The district's layout.
    public let plan: DistrictPlan

    /// A generator for `parameters`; throws when they cannot be met.
    public init(_ parameters: DistrictParameters) throws {
        plan = try DistrictPlan(parameters)
    }

    /// The parameters.
    public var parameters: DistrictParameters { plan.parameters }

    /// Generates unit `spec` with `changes` applied in order.
    public func unit(_ spec: UnitSpec, changes: [UnitChange] = []) -> GeneratedUnit {
        var content = ContentBuilder.content(spec, plan: plan)
        for change in changes { change.apply(to: &content) }
        let (budget, claims) = UnitAssembler.assemble(content)
        return GeneratedUnit(spec: spec, budget: budget, text: TextLayoutWriter.write(budget),
                             intendedClaims: claims, changes: changes)
    }

    /// Generates the unit with `code` (nil when the plan has no such unit).
    public func unit(code: String, changes: [UnitChange] = []) -> GeneratedUnit? {
        plan.unit(code).map { unit($0, changes: changes) }
    }

    /// Generates every unit, in code order, on `threads` threads (default: one per core).
    public func generate(threads: Int? = nil) -> [GeneratedUnit] {
        Parallel.map(plan.units, threads: threads) { unit($0) }
    }
}
