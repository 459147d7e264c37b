import HuizongModel

/// A hierarchy CSV being read on a thread of its own (`Hierarchy.read`), so that a roll-up
/// lists and loads its units meanwhile: only the roll-up itself needs the hierarchy, and
/// reading 10,000 rows took 7 ms before the units' loading could start.
///
/// Its problem is the one `Hierarchy.read` throws, rethrown by `value()`; the caller reports
/// it where it reported the read's before. `hasFailed` tells a loader to stop early
/// (`UnitLoader.load(abandoned:)`).
public final class PendingHierarchy: Sendable {
    private let reading: BackgroundValue<Hierarchy>

    /// Starts reading the CSV at `path`.
    public init(reading path: String) {
        reading = BackgroundValue { try Hierarchy.read(contentsOf: path) }
    }

    /// True once the read has failed; false while it runs and after it succeeded.
    public var hasFailed: Bool { reading.hasFailed }

    /// The hierarchy, waiting for the read; throws the read's `HierarchyError`.
    public func value() throws -> Hierarchy { try reading.value() }
}
