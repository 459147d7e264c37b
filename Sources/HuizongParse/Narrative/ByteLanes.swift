/// Sixteen bytes compared at once (SSE2), for scans that skip text up to the next byte
/// of interest.
///
/// A lane compared with a scalar is compared lane by lane (the generic `SIMD` path);
/// with a vector of one byte, made here from two words, it is one instruction. Bytes are
/// compared as signed (`Int8`): those from 80 on are below 0.
enum ByteLanes {
    typealias Lanes = SIMD16<Int8>

    /// Every lane `byte`.
    @inline(__always)
    static func all(_ byte: UInt8) -> Lanes {
        unsafeBitCast(SIMD2<UInt64>(repeating: UInt64(byte) &* 0x0101_0101_0101_0101), to: Lanes.self)
    }

    /// The sixteen bytes at `offset` of `raw`.
    @inline(__always)
    static func load(_ raw: UnsafeRawPointer, _ offset: Int) -> Lanes {
        raw.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
    }

    /// The index (0…15) of the first lane set in `hits`, or nil when none is.
    @inline(__always)
    static func first(_ hits: SIMDMask<Lanes>) -> Int? {
        let words = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
        let low = words[0].littleEndian, high = words[1].littleEndian
        if low != 0 { return low.trailingZeroBitCount &>> 3 }
        if high != 0 { return 8 &+ high.trailingZeroBitCount &>> 3 }
        return nil
    }
}
