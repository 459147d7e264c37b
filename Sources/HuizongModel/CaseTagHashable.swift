/// Enums with raw values hash and compare their raw value by default; for a `String` raw
/// value that means Unicode-normalised hashing of text such as `一般公共预算收入` on every
/// dictionary or set lookup. A payload-free enum of 2…256 cases conforming to this
/// protocol is hashed and compared by its case instead (its one-byte tag), which is exact
/// and costs nothing. `CaseTagHashableTests` checks every conforming type.
public protocol CaseTagHashable: RawRepresentable, Hashable {}

extension CaseTagHashable {
    /// The case's index in declaration order (the enum's one-byte tag).
    @inlinable public var caseTag: UInt8 {
        withUnsafeBytes(of: self) { $0[0] }
    }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

    @inlinable public static func == (a: Self, b: Self) -> Bool { a.caseTag == b.caseTag }
}
