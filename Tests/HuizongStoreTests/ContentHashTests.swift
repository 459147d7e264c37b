import Crypto
import Testing
@testable import HuizongStore

/// Content addresses: SHA-256 as 64 lowercase hex digits, the digest's bytes in order.
@Suite struct ContentHashTests {
    @Test func knownAnswers() {
        #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256(Array("xabcx".utf8)[1..<4]) == ContentHash.sha256("abc"))
    }

    /// Every digest's hex is its bytes, high nibble first, as a digest iterated byte by byte
    /// spells them.
    @Test func hexSpellsEveryByteOfTheDigest() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let digest = SHA256.hash(data: bytes)
            let expected = digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            #expect(ContentHash.hex(digest) == expected)
            #expect(ContentHash.sha256(bytes) == expected)
        }
    }
}
