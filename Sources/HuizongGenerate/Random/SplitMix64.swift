/// The generator's own pseudo-random numbers: SplitMix64 (Steele, Lea, Flood 2014).
///
/// Deterministic on every platform and Swift version (the standard library's
/// `random(in:using:)` algorithms are not promised to stay the same, so every draw
/// below is computed here). Each unit gets its own stream, derived from the district
/// seed and the unit's code, so units can be generated in any order or in parallel.
public struct SplitMix64: Sendable {
    /// The current state.
    public private(set) var state: UInt64

    /// A stream starting at `seed`.
    public init(seed: UInt64) { self.state = seed }

    /// A stream for `stream` within the district `seed` (e.g. a unit code): the two
    /// numbers are mixed so that neighbouring streams are unrelated.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        let base = mixer.next()
        var second = SplitMix64(seed: base &+ stream &* 0xD1B5_4A32_D192_ED03)
        self.state = second.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (modulo bias below 2⁻⁴⁰ for the ranges used here).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform 64-bit integer in `range`.
    public mutating func int64(_ range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int64(next() % span)
    }

    /// True with probability `percent` / 100.
    public mutating func percent(_ percent: Int) -> Bool { int(0...99) < percent }

    /// A uniform element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` distinct indices of `0..<total` in increasing order (all when `count ≥ total`).
    public mutating func sample(_ count: Int, of total: Int) -> [Int] {
        guard count < total else { return Array(0..<total) }
        var indices = Array(0..<total)
        for i in 0..<count {
            let j = int(i...(total - 1))
            indices.swapAt(i, j)
        }
        return indices[0..<count].sorted()
    }

    /// The elements in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var out = items
        guard out.count > 1 else { return out }
        for i in stride(from: out.count - 1, to: 0, by: -1) { out.swapAt(i, int(0...i)) }
        return out
    }

    /// A value between `low` and `high` per mille of `base` (integer arithmetic): used to
    /// scale amounts by a random factor, e.g. `scaled(1000, 900...1100)` is 900…1100.
    public mutating func scaled(_ base: Int64, perMille range: ClosedRange<Int>) -> Int64 {
        base * Int64(int(range)) / 1000
    }
}
