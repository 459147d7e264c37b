import HuizongModel

/// A figure the generator wrote into the narrative, with what it is meant to be: what the
/// claim extractor should read back.
public struct IntendedClaim: Sendable, Hashable, Codable {
    /// What the figure is.
    public var subject: ClaimSubject
    /// A level or a change against last year.
    public var change: ClaimChange
    /// The figure (a change's magnitude).
    public var amount: Amount
    /// The project's name for a ``ClaimSubject/project`` claim; empty otherwise.
    public var name: String

    public init(subject: ClaimSubject, change: ClaimChange = .level, amount: Amount, name: String = "") {
        self.subject = subject; self.change = change; self.amount = amount; self.name = name
    }

    /// The claim a ``NarrativeClaim`` read back states, in the same terms.
    public init(_ claim: NarrativeClaim) {
        self.init(subject: claim.subject, change: claim.change, amount: claim.amount, name: claim.name)
    }
}
