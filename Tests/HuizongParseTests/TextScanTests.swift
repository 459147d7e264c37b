import Foundation
import Testing
import HuizongTestSupport
@testable import HuizongParse

/// The line scan (its CJK runs checked 16 bytes at a time with vector compares) finds what
/// the scalar reference scan finds: the same lines, counts and verdicts, on random byte
/// strings built to put every kind of byte and broken sequence at every offset of a
/// 16-byte window, on the seed and its layouts, and on generated units.
@Suite struct TextScanTests {

    /// What the two scans found, side by side; nil when they agree.
    static func difference(_ bytes: [UInt8]) -> String? {
        let scan = TextScan(bytes), reference = ReferenceTextScan(bytes)
        func summary(_ valid: Bool, _ controls: Int, _ nul: Bool, _ blank: Bool, _ tabs: Int, _ pipes: Int,
                     _ lines: [SourceLine]) -> String {
            "valid \(valid) controls \(controls) NUL \(nul) whitespace \(blank) tabs \(tabs) pipes \(pipes) lines "
                + lines.map { "\($0.start)-\($0.end):\($0.kind)" }.joined(separator: " ")
        }
        let found = summary(scan.isValidUTF8, scan.controlCount, scan.hasNUL, scan.isOnlyWhitespace,
                            scan.tabLines, scan.pipeLines, scan.lines)
        let expected = summary(reference.isValidUTF8, reference.controlCount, reference.hasNUL,
                               reference.isOnlyWhitespace, reference.tabLines, reference.pipeLines, reference.lines)
        guard found != expected else { return nil }
        return "bytes \(bytes.map { String($0, radix: 16) }.joined(separator: " "))\nfound    \(found)\nexpected \(expected)"
    }

    static let cjk = Array("一般公共服务支出项目合计（单位：万元）、“三公”经费".utf8)

    /// `count` usual CJK characters from the sample.
    static func characters(_ count: Int, _ random: inout SeededRandom) -> [UInt8] {
        (0..<count).flatMap { _ in
            let k = Int.random(in: 0..<(cjk.count / 3), using: &random) * 3
            return cjk[k..<k + 3]
        }
    }

    /// A piece of text: line ends, TABs, spaces, control bytes, ASCII cells, runs of CJK
    /// characters, or a sequence the vector test must leave to the exact validator (E0,
    /// ED, two- and four-byte sequences, F4, stray and missing continuation bytes).
    static func piece(_ random: inout SeededRandom) -> [UInt8] {
        func byte(_ range: ClosedRange<UInt8>) -> UInt8 { UInt8.random(in: range, using: &random) }
        switch Int.random(in: 0..<24, using: &random) {
        case 0: return [0x09]
        case 1, 2: return [0x0A]
        case 3: return [0x0D]
        case 4: return [0x0D, 0x0A]
        case 5: return [0x0C]
        case 6: return [byte(0x00...0x1F)]
        case 7: return [0x20]
        case 8: return Array("1023.59 |".utf8.prefix(Int.random(in: 1...9, using: &random)))
        case 9: return [0x09] + characters(Int.random(in: 1...12, using: &random), &random) + [0x0A]
        case 10, 11, 12: return characters(Int.random(in: 1...17, using: &random), &random)
        case 13: return [0xE0, byte(0x80...0xBF), byte(0x80...0xBF)]
        case 14: return [0xED, byte(0x80...0xBF), byte(0x80...0xBF)]
        case 15: return [0xF0, byte(0x80...0xBF), byte(0x80...0xBF), byte(0x80...0xBF)]
        case 16: return [0xF4, byte(0x80...0x9F), byte(0x80...0xBF), byte(0x80...0xBF)]
        case 17: return [byte(0xF1...0xF3), byte(0x80...0xBF), byte(0x80...0xBF), byte(0x80...0xBF)]
        case 18: return [byte(0xC0...0xDF), byte(0x70...0xC0)]
        case 19: return [byte(0x80...0xFF)]
        case 20: return [byte(0xE1...0xEF), byte(0x80...0xBF)]  // one continuation byte short
        case 21: return [byte(0xE1...0xEF), byte(0x00...0xFF), byte(0x00...0xFF)]
        case 22: return Array("\t\n\n\t\n".utf8)
        default: return Array("\t1\n\n".utf8)
        }
    }

    @Test func randomBytesScanAsTheReferenceScansThem() {
        var random = SeededRandom(seed: 20_251_129)
        var failures: [String] = []
        for round in 0..<6_000 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...260, using: &random)
            while bytes.count < length { bytes += Self.piece(&random) }
            // Every third string has one byte replaced by any byte.
            if round % 3 == 0 && !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if let difference = Self.difference(bytes) { failures.append(difference) }
        }
        #expect(failures.isEmpty, "\(failures.count) strings differ; first: \(failures.first ?? "")")
    }

    /// A run of CJK characters, with the sequence that ends it at each offset of the
    /// 16-byte window, followed by more characters, a line end, or the end of the bytes.
    @Test func everyEndOfARunAtEveryOffset() {
        var random = SeededRandom(seed: 16)
        let enders: [[UInt8]] = [
            [], [0x0A], [0x09], [0x20], [0x41], [0x00], [0x0D], [0xE0, 0xA0, 0x80], [0xE0, 0x80, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xC2, 0xA9], [0xC0, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE4, 0xB8], [0xE4], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0x80], [0xBF, 0x80], [0xFF],
            [0xEF, 0xBC, 0x9A], [0xE1, 0x80, 0x80],
        ]
        var failures: [String] = []
        for prefix in [[], [0x09], [0x0A, 0x09], [0x31, 0x0A, 0x09, 0x20]] as [[UInt8]] {
            for count in 0...12 {
                for ender in enders {
                    for tail in [[], [0x0A], Self.characters(6, &random) + [0x0A]] as [[UInt8]] {
                        let bytes = prefix + Self.characters(count, &random) + ender + tail
                        if let difference = Self.difference(bytes) { failures.append(difference) }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) strings differ; first: \(failures.first ?? "")")
    }

    /// The seed in each of its layouts and encodings' bytes, whole and cut at each of its
    /// first and last 300 bytes; and generated units of the demo district.
    @Test func filesScanAsTheReferenceScansThem() throws {
        let seed = Seed.text
        var files: [[UInt8]] = [Array(seed.utf8), Array(LayoutVariants.pipe(seed).utf8),
                                Array(LayoutVariants.crlf(seed).utf8), LayoutVariants.withBOM(seed),
                                LayoutVariants.gb18030(seed)]
        let demo = Seed.packageRoot.appendingPathComponent("data/demo/draft1")
        let names = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 10)
        for name in names.prefix(10) {
            files.append(try [UInt8](Data(contentsOf: demo.appendingPathComponent(name))))
        }
        var failures: [String] = []
        for bytes in files {
            if let difference = Self.difference(bytes) { failures.append(difference) }
        }
        let first = Array(seed.utf8)
        for cut in 1..<300 {
            if let difference = Self.difference(Array(first.prefix(cut))) { failures.append(difference) }
            if let difference = Self.difference(Array(first.suffix(cut))) { failures.append(difference) }
        }
        #expect(failures.isEmpty, "\(failures.count) files differ; first: \(failures.first?.prefix(2_000) ?? "")")
    }
}
