import Testing
import HuizongTestSupport
@testable import HuizongStore

@Suite("LZ4Frame with a dictionary")
struct LZ4DictionaryTests {
    let dictionary: LZ4Dictionary

    init() throws {
        dictionary = try LZ4Dictionary(LZ4Fixtures.templateDictionary)
    }

    @Test func roundTripSmallBlob() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        #expect(try LZ4Frame.decompress(frame, dictionary: dictionary) == LZ4Fixtures.smallBlob)
    }

    @Test func roundTripLargeInputAtSeveralLevels() throws {
        var rng = SeededRandom(seed: 99)
        let input = LZ4Fixtures.repetitiveChinese(lines: 5_000) + rng.bytes(200_000)
        for level in [-1, 0, 9, 12] {
            let frame = try LZ4Frame.compress(input, level: level, dictionary: dictionary)
            #expect(try LZ4Frame.decompress(frame, dictionary: dictionary) == input, "level \(level)")
        }
    }

    @Test func emptyAndOneByteInputs() throws {
        for input: [UInt8] in [[], [0x42]] {
            let frame = try LZ4Frame.compress(input, dictionary: dictionary)
            #expect(try LZ4Frame.decompress(frame, dictionary: dictionary) == input)
        }
    }

    @Test func dictionaryShrinksSmallBlob() throws {
        let plain = try LZ4Frame.compress(LZ4Fixtures.smallBlob)
        let primed = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        #expect(primed.count < plain.count, "with dictionary \(primed.count) B, without \(plain.count) B")
    }

    @Test func frameHeaderCarriesDictionaryID() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        #expect(frame[4] & 0b0000_0001 != 0, "dictID flag set")
        // magic(4) FLG BD contentSize(8) dictID(4) HC
        let stored = frame[14..<18].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(stored == dictionary.id)
    }

    @Test func derivedIdentifierIsStableAndNonZero() throws {
        let again = try LZ4Dictionary(LZ4Fixtures.templateDictionary)
        #expect(again.id == dictionary.id)
        #expect(again == dictionary)
        #expect(dictionary.id != 0)
        #expect(try LZ4Dictionary([1, 2, 3]).id != dictionary.id)
        #expect(try LZ4Dictionary(LZ4Fixtures.templateDictionary, id: 0).id == 1)
        #expect(try LZ4Dictionary(LZ4Fixtures.templateDictionary, id: 2025).id == 2025)
    }

    @Test func missingDictionaryIsAnError() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        let error = try #require(throws: LZ4Error.self) { try LZ4Frame.decompress(frame) }
        #expect(error.context.contains("needs dictionary"))
    }

    @Test func wrongDictionaryIsAnError() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        let other = try LZ4Dictionary(Array("完全不同的字典内容".utf8))
        let error = try #require(throws: LZ4Error.self) {
            try LZ4Frame.decompress(frame, dictionary: other)
        }
        #expect(error.context.contains("got \(other.id)"))
    }

    /// Same bytes under another ID: the ID check, not the checksum, rejects it.
    @Test func sameBytesDifferentIDIsAnError() throws {
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: dictionary)
        let renamed = try LZ4Dictionary(LZ4Fixtures.templateDictionary, id: dictionary.id &+ 1)
        #expect(throws: LZ4Error.self) { try LZ4Frame.decompress(frame, dictionary: renamed) }
    }

    /// Only the last 64 KiB of a dictionary matter; a longer one must still round-trip.
    @Test func dictionaryLongerThan64KiB() throws {
        var rng = SeededRandom(seed: 64)
        let big = try LZ4Dictionary(rng.bytes(100_000) + LZ4Fixtures.templateDictionary)
        let frame = try LZ4Frame.compress(LZ4Fixtures.smallBlob, dictionary: big)
        #expect(try LZ4Frame.decompress(frame, dictionary: big) == LZ4Fixtures.smallBlob)
    }

    /// One dictionary (one digested CDict) shared by concurrent compressions.
    @Test func sharedAcrossConcurrentTasks() async throws {
        let dictionary = self.dictionary
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask {
                    let input = LZ4Fixtures.smallBlob + Array("第\(index)行".utf8)
                    let frame = try LZ4Frame.compress(input, level: index % 13, dictionary: dictionary)
                    return try LZ4Frame.decompress(frame, dictionary: dictionary) == input
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }
}
