import Testing
import HuizongTestSupport
@testable import HuizongStore

@Suite("LZ4Frame rejects damaged input")
struct LZ4FrameCorruptionTests {
    /// A small frame whose every byte is checked: header, block, end mark, checksum.
    static let smallInput = Array(String(repeating: "单位预算收支总表\t1047.65\n", count: 4).utf8)
        + Array("合计\t4190.60\n".utf8)

    @Test func flipEveryByteOfASmallFrame() throws {
        let frame = try LZ4Frame.compress(Self.smallInput)
        for index in frame.indices {
            var damaged = frame
            damaged[index] ^= 0xFF
            #expect(throws: LZ4Error.self, "byte \(index) of \(frame.count) flipped") {
                try LZ4Frame.decompress(damaged)
            }
        }
    }

    @Test func flipPayloadByteOfLargeFrames() throws {
        var rng = SeededRandom(seed: 0xF11B)
        let inputs = [rng.bytes(1 << 20), LZ4Fixtures.repetitiveChinese()]
        for input in inputs {
            let frame = try LZ4Frame.compress(input)
            for _ in 0..<8 {
                // Skip the 15-byte header so the damage lands in blocks, end mark or checksum.
                let index = 15 + Int(rng.next() % UInt64(frame.count - 15))
                var damaged = frame
                damaged[index] ^= UInt8(1 + rng.next() % 255)
                #expect(throws: LZ4Error.self, "byte \(index) of \(frame.count) damaged") {
                    try LZ4Frame.decompress(damaged)
                }
            }
        }
    }

    @Test func flippedPayloadReportsChecksumOrBlockError() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.repetitiveChinese(lines: 100))
        var damaged = frame
        damaged[frame.count - 1] ^= 0x01  // last byte of the content checksum
        let error = try #require(throws: LZ4Error.self) { try LZ4Frame.decompress(damaged) }
        #expect(error.code == LZ4Error.contentChecksumInvalid)
        #expect(error.name == "ERROR_contentChecksum_invalid")
        #expect(error.description.contains("ERROR_contentChecksum_invalid"))
    }

    @Test func truncatedAtEveryLength() throws {
        let frame = try LZ4Frame.compress(Self.smallInput)
        for length in 0..<frame.count {
            let error = try #require(throws: LZ4Error.self, "cut to \(length) of \(frame.count)") {
                try LZ4Frame.decompress(Array(frame.prefix(length)))
            }
            #expect(error.context.contains("truncated"), "cut to \(length): \(error)")
        }
    }

    @Test func truncatedLargeFrame() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.repetitiveChinese())
        for length in [frame.count / 3, frame.count / 2, frame.count - 5, frame.count - 1] {
            let error = try #require(throws: LZ4Error.self) {
                try LZ4Frame.decompress(Array(frame.prefix(length)))
            }
            #expect(error.context.contains("truncated"))
        }
    }

    @Test func trailingBytesAreAnError() throws {
        let frame = try LZ4Frame.compress(Self.smallInput)
        for tail: [UInt8] in [[0], [1, 2, 3], frame] {
            let error = try #require(throws: LZ4Error.self) { try LZ4Frame.decompress(frame + tail) }
            #expect(error.context.contains("trailing"))
        }
    }

    @Test func randomGarbage() {
        var rng = SeededRandom(seed: 0x6A_7262_6167)
        for index in 0..<500 {
            let garbage = rng.bytes(Int(rng.next() % 4_097))
            #expect(throws: LZ4Error.self, "garbage \(index)") { try LZ4Frame.decompress(garbage) }
        }
    }

    /// Garbage behind a valid magic number, or behind a whole valid header, still fails cleanly.
    @Test func garbageAfterValidMagicOrHeader() throws {
        var rng = SeededRandom(seed: 0xBAD_F00D)
        let header = Array(try LZ4Frame.compress(LZ4Fixtures.repetitiveChinese(lines: 50)).prefix(15))
        for index in 0..<500 {
            let prefix = index.isMultiple(of: 2) ? [0x04, 0x22, 0x4D, 0x18] : header
            let garbage = prefix + rng.bytes(Int(rng.next() % 2_049))
            #expect(throws: LZ4Error.self, "garbage \(index)") { try LZ4Frame.decompress(garbage) }
        }
    }

    @Test func headerChecksumHelperMatchesLiblz4() throws {
        let frame = try LZ4Frame.compress(Self.smallInput)
        #expect(LZ4HeaderChecksum.of(frame[4..<14]) == frame[14])
    }

    /// A header declaring an absurd content size (with a valid header checksum) must fail
    /// cleanly rather than attempt the allocation it implies.
    @Test(arguments: [UInt64(1) << 62, UInt64.max, 1 << 40, 1 << 20])
    func forgedContentSizeFailsWithoutHugeAllocation(declared: UInt64) throws {
        var frame = try LZ4Frame.compress(Self.smallInput)
        withUnsafeBytes(of: declared.littleEndian) { frame.replaceSubrange(6..<14, with: $0) }
        frame[14] = LZ4HeaderChecksum.of(frame[4..<14])
        let error = try #require(throws: LZ4Error.self) { try LZ4Frame.decompress(frame) }
        #expect(error.code == LZ4Error.frameSizeWrong, "\(error)")
    }

    /// A declared size smaller than the content is caught too.
    @Test func understatedContentSizeIsAnError() throws {
        var frame = try LZ4Frame.compress(Self.smallInput)
        withUnsafeBytes(of: UInt64(10).littleEndian) { frame.replaceSubrange(6..<14, with: $0) }
        frame[14] = LZ4HeaderChecksum.of(frame[4..<14])
        #expect(throws: LZ4Error.self) { try LZ4Frame.decompress(frame) }
    }

    @Test func skippableFrameIsRejected() {
        let skippable: [UInt8] = [0x50, 0x2A, 0x4D, 0x18, 4, 0, 0, 0, 1, 2, 3, 4]
        #expect(throws: LZ4Error.self) { try LZ4Frame.decompress(skippable) }
    }

    @Test func errorDescriptionNamesContextAndCode() {
        let error = LZ4Error(code: LZ4Error.frameSizeWrong, context: "decompress: truncated frame")
        #expect(error.name == "ERROR_frameSize_wrong")
        #expect(error.description == "LZ4 decompress: truncated frame: ERROR_frameSize_wrong (code 14)")
    }
}
