import Testing
import HuizongTestSupport
@testable import HuizongStore

@Suite("LZ4Frame round trips")
struct LZ4FrameRoundTripTests {
    @Test func emptyInput() throws {
        let frame = try LZ4Frame.compress([])
        #expect(frame.starts(with: [0x04, 0x22, 0x4D, 0x18]))
        #expect(try LZ4Frame.decompress(frame) == [])
    }

    @Test func oneByte() throws {
        let frame = try LZ4Frame.compress([0xA5])
        #expect(try LZ4Frame.decompress(frame) == [0xA5])
    }

    @Test func oneMebibyteRandom() throws {
        var rng = SeededRandom(seed: 0x4855_495A_4F4E_4701)
        let input = rng.bytes(1 << 20)
        let frame = try LZ4Frame.compress(input)
        // Incompressible: stored blocks, so only the framing overhead is added.
        #expect(frame.count > input.count && frame.count < input.count + 1024)
        #expect(try LZ4Frame.decompress(frame) == input)
    }

    @Test func repetitiveChineseText() throws {
        let input = LZ4Fixtures.repetitiveChinese()
        #expect(input.count > 500_000)
        let frame = try LZ4Frame.compress(input)
        #expect(frame.count * 50 < input.count, "ratio only \(input.count / max(frame.count, 1)):1")
        let output = try LZ4Frame.decompress(frame)
        #expect(output == input)
        #expect(String(decoding: output.prefix(37), as: UTF8.self).hasPrefix("单位预算收支总表\t1047.65\n"))
    }

    @Test(arguments: [Int.min, -100, -1, 0, 1, 3, 9, 12, 99, Int.max])
    func everyCompressionLevel(level: Int) throws {
        let input = LZ4Fixtures.repetitiveChinese(lines: 3_000) + LZ4Fixtures.smallBlob
        let frame = try LZ4Frame.compress(input, level: level)
        #expect(try LZ4Frame.decompress(frame) == input)
    }

    @Test func highCompressionIsNotLarger() throws {
        var rng = SeededRandom(seed: 7)
        var input = [UInt8]()
        for _ in 0..<2_000 { input += Array("科目\(rng.next() % 97)\t\(rng.next() % 100_000).00\n".utf8) }
        let fast = try LZ4Frame.compress(input, level: 0)
        let high = try LZ4Frame.compress(input, level: 12)
        #expect(high.count <= fast.count)
        #expect(try LZ4Frame.decompress(high) == input)
    }

    @Test func frameHeaderDeclaresChecksumAndContentSize() throws {
        let input = LZ4Fixtures.repetitiveChinese(lines: 10)
        let frame = try LZ4Frame.compress(input)
        let flags = frame[4]
        #expect(flags >> 6 == 0b01, "frame format version 01")
        #expect(flags & 0b0000_0100 != 0, "content checksum flag set")
        #expect(flags & 0b0000_1000 != 0, "content size flag set")
        #expect(flags & 0b0001_0000 == 0, "block checksums off")
        #expect(flags & 0b0000_0001 == 0, "no dictID without a dictionary")
        let declared = frame[6..<14].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(declared == UInt64(input.count))
    }

    /// Property: for ~200 seeded random buffers of random sizes and textures,
    /// `decompress(compress(x)) == x` at a random level.
    @Test func propertyRandomBuffersRoundTrip() throws {
        var rng = SeededRandom(seed: 20_240_601)
        for index in 0..<200 {
            let input = Self.randomBuffer(&rng)
            let level = Int(rng.next() % 16) - 3
            let frame = try LZ4Frame.compress(input, level: level)
            let output = try LZ4Frame.decompress(frame)
            #expect(output == input, "case \(index): \(input.count) bytes at level \(level)")
        }
    }

    /// A buffer of random size (0 B to ~300 KiB, skewed small) and texture: uniform noise,
    /// a small alphabet, or runs of repeated slices, so every block kind is exercised.
    static func randomBuffer(_ rng: inout SeededRandom) -> [UInt8] {
        let sizeClass = rng.next() % 4
        let bound: UInt64 = [64, 4_096, 70_000, 300_000][Int(sizeClass)]
        let count = Int(rng.next() % (bound + 1))
        switch rng.next() % 3 {
        case 0:
            return rng.bytes(count)
        case 1:
            return (0..<count).map { _ in UInt8(0x30 + rng.next() % 4) }
        default:
            let seed = rng.bytes(Int(rng.next() % 200) + 1)
            var result = [UInt8]()
            result.reserveCapacity(count)
            while result.count < count {
                let start = Int(rng.next() % UInt64(seed.count))
                result += seed[start...].prefix(count - result.count)
            }
            return result
        }
    }
}
