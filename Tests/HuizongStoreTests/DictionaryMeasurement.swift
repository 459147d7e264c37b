import Foundation
import Testing
import HuizongModel
import HuizongParse
import HuizongRollup
import HuizongRules
import HuizongTestSupport
@testable import HuizongStore

/// Does an LZ4 dictionary built from the template pay off for the store's small blobs?
///
/// Prints compressed sizes (no assertions on ratios: a measurement, not a benchmark).
/// Run alone: `swift test --filter DictionaryMeasurement`.
@Suite struct DictionaryMeasurement {
    /// The seed's text with every amount cell blanked: the template's words without its
    /// figures; `tablesOnly` stops before the narrative (unit-specific prose).
    static func blankedTemplate(tablesOnly: Bool) -> [UInt8] {
        var lines = Seed.text.split(separator: "\n", omittingEmptySubsequences: false)
        if tablesOnly, let narrative = lines.firstIndex(where: { $0.hasSuffix("情况说明") }) { lines = Array(lines[..<narrative]) }
        let blanked = lines.map { line -> Substring in isAmountCell(line) ? "\t" : line }
        return Array(blanked.joined(separator: "\n").utf8)
    }

    /// A tab-layout cell holding an amount with two decimals (`\t1047.65`).
    static func isAmountCell(_ line: Substring) -> Bool {
        guard line.first == "\t" else { return false }
        let cell = line.dropFirst()
        guard cell.count >= 4, cell.dropLast(3).last != nil, cell[cell.index(cell.endIndex, offsetBy: -3)] == "." else { return false }
        return cell.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
    }

    /// Every amount of `budget` scaled by `numerator / 7`, so the figures differ from the seed's.
    static func perturbed(_ code: String, numerator: Int64) -> Budget {
        let text = TextLayoutWriter.write(Seed.unit(code: code))
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if Self.isAmountCell(line), let amount = Amount.parse(String(line.dropFirst())).success {
                out.append("\t" + Amount(wanHundredths: amount.fen * numerator / 7 / 10_000).text())
            } else {
                out.append(String(line))
            }
        }
        let result = BudgetReader.read(text: out.joined(separator: "\n"))
        precondition(result.isFullyRead && result.budget?.t1 != nil, "perturbed unit must read")
        return result.budget!
    }

    @Test func measureDictionaryGain() throws {
        let findings = Checker().check(BudgetReader.read(text: Seed.text(code: "324002")
            .replacingOccurrences(of: "\t1805.65\n", with: "\t1805.66\n")).budget!, file: "x").findings
        var small = Self.perturbed("401001", numerator: 9)
        small.narrative = nil; small.performance = []; small.procurement = nil; small.assets = nil
        let units = (1...3).map { Self.perturbed("40100\($0)", numerator: Int64(5 + $0)) }
        let department = BudgetSum.sum(units, code: "401", name: "部门401", year: 2025)
        let payloads: [(String, [UInt8])] = [
            ("findings []", SnapshotBuilder.findingsJSON([])),
            ("findings ×1", SnapshotBuilder.findingsJSON(Array(findings.prefix(1)))),
            ("findings ×\(findings.count)", SnapshotBuilder.findingsJSON(findings)),
            ("unit T1–T9 only", Array(TextLayoutWriter.write(small).utf8)),
            ("unit (full)", Array(TextLayoutWriter.write(units[0]).utf8)),
            ("department", Array(TextLayoutWriter.write(department).utf8)),
        ]
        let template = Self.blankedTemplate(tablesOnly: true)
        let templateAndFindings = template + SnapshotBuilder.findingsJSON(Array(findings.prefix(2)))
        let wholeSeed = Self.blankedTemplate(tablesOnly: false) + SnapshotBuilder.findingsJSON(Array(findings.prefix(2)))
        let dictionaries = [try LZ4Dictionary(template), try LZ4Dictionary(templateAndFindings), try LZ4Dictionary(wholeSeed)]
        var lines = ["dictionaries: T = blanked tables \(template.count) B; T+F = T + 2 findings \(templateAndFindings.count) B; "
                     + "S+F = whole blanked seed incl. narrative + 2 findings \(wholeSeed.count) B (upper bound: same narrative as the payloads)",
                     "payload              raw     lz4 lz4-hc9       T     T+F     S+F  (bytes; frame overhead 15–19 B)"]
        for (name, bytes) in payloads {
            var sizes = [bytes.count, try LZ4Frame.compress(bytes).count, try LZ4Frame.compress(bytes, level: 9).count]
            for dictionary in dictionaries {
                let frame = try LZ4Frame.compress(bytes, dictionary: dictionary)
                #expect(try LZ4Frame.decompress(frame, dictionary: dictionary) == bytes)
                sizes.append(frame.count)
            }
            lines.append(name.padding(toLength: 17, withPad: " ", startingAt: 0)
                         + sizes.map { String($0).leftPadded(8) }.joined())
        }
        // A 300-unit district, first snapshot: 300 full units + 300 findings (one in ten with
        // findings) + 30 departments + district.
        func sizes(_ index: Int) throws -> (plain: Int, dictionary: Int) {
            (try LZ4Frame.compress(payloads[index].1).count, try LZ4Frame.compress(payloads[index].1, dictionary: dictionaries[1]).count)
        }
        let unit = try sizes(4), findingsBlob = try sizes(2), empty = try sizes(0), departmentBlob = try sizes(5)
        let plainTotal: Int = 300 * unit.plain + 30 * findingsBlob.plain + empty.plain + 31 * departmentBlob.plain
        let dictionaryTotal: Int = 300 * unit.dictionary + 30 * findingsBlob.dictionary + empty.dictionary + 31 * departmentBlob.dictionary
        let snapshot = [plainTotal, dictionaryTotal]
        lines.append("300-unit snapshot ≈ \(snapshot[0] / 1024) KiB without, \(snapshot[1] / 1024) KiB with dictionary ("
                     + String(format: "%.0f%%", 100 * (1 - Double(snapshot[1]) / Double(snapshot[0]))) + " smaller)")
        // Speed, roughly (debug build).
        let clock = ContinuousClock()
        let plain = clock.measure { for _ in 0..<200 { _ = try? LZ4Frame.compress(payloads[4].1) } }
        let withDictionary = clock.measure { for _ in 0..<200 { _ = try? LZ4Frame.compress(payloads[4].1, dictionary: dictionaries[1]) } }
        let highCompression = clock.measure { for _ in 0..<200 { _ = try? LZ4Frame.compress(payloads[4].1, level: 9) } }
        let decompress = clock.measure { for _ in 0..<200 { _ = try? LZ4Frame.decompress(try! LZ4Frame.compress(payloads[4].1, level: 9)) } }
        lines.append("compress full unit ×200: \(plain) fast, \(withDictionary) fast + dictionary, \(highCompression) HC level 9; "
                     + "HC compress + decompress ×200: \(decompress)")
        print(lines.joined(separator: "\n"))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

extension Result {
    fileprivate var success: Success? { if case .success(let value) = self { value } else { nil } }
}
