import HuizongModel

/// One generated unit budget: its plan, the budget, its text and what its narrative says.
public struct GeneratedUnit: Sendable {
    /// The unit as planned.
    public let spec: UnitSpec
    /// The budget.
    public let budget: Budget
    /// The budget in the seed's tab layout (what `<code>-<year>.txt` holds).
    public let text: String
    /// The claims the narrative was written to make, in order.
    public let intendedClaims: [IntendedClaim]
    /// The changes applied (drafts after the first).
    public let changes: [UnitChange]

    /// The file name: `<unitcode>-<year>.txt`.
    public var fileName: String { "\(spec.code)-\(budget.year ?? 0).txt" }
}
