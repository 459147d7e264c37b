import HuizongModel

/// The content of a composite blob: the parts whose concatenated bytes are the bytes of
/// the composite's address, and, for a budget, its tables' headline figures.
///
/// UTF-8 text, one record a line, fields separated by TAB, so `lz4 -d` of the blob shows it:
///
/// ```
/// huizong-parts	1
/// part	<sha256>	<bytes>	<label>
/// headlines	<count>
/// headline	<table>	<fen or empty>	<label>
/// ```
///
/// `part` lines come in order (a part may itself be a composite); the `headlines` line and
/// its `headline` lines appear only in a budget's own composite (never in a group of unit
/// blocks). Amounts are integer 分, so they read back exactly.
struct PartList: Sendable, Hashable {
    /// One part.
    struct Part: Sendable, Hashable {
        /// The part's address.
        var hash: String
        /// The bytes it stands for (for a composite part: all of them).
        var size: Int
        /// What it is (`T3`, `P 表头`, `P 秦皇岛市海港区社会保险事业所小计`).
        var label: String
    }

    var parts: [Part]
    /// The budget's headline figures (`TableTotals.of`); nil when not recorded.
    var headlines: [HeadlineTotal]?

    /// The first line.
    static let magic = "huizong-parts\t1"

    /// The bytes stored (before compression).
    func encoded() -> [UInt8] {
        var lines = [Self.magic]
        for part in parts { lines.append("part\t\(part.hash)\t\(part.size)\t\(Self.clean(part.label))") }
        if let headlines {
            lines.append("headlines\t\(headlines.count)")
            for total in headlines {
                lines.append("headline\t\(total.table.rawValue)\t\(total.value.map { String($0.fen) } ?? "")\t\(Self.clean(total.label))")
            }
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads a part list back.
    static func decode(_ bytes: [UInt8]) -> Result<PartList, BlobCodec.Problem> {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard lines.first == Substring(magic) else { return .failure(.notAPartList("首行不是 \(magic)")) }
        var list = PartList(parts: [], headlines: nil)
        var expectedHeadlines: Int?
        for (number, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("part", 4):
                guard fields[1].count == 64, let size = Int(fields[2]), size >= 0 else {
                    return .failure(.notAPartList("第 \(number + 1) 行不是有效的 part"))
                }
                list.parts.append(Part(hash: fields[1], size: size, label: fields[3]))
            case ("headlines", 2):
                guard let count = Int(fields[1]) else { return .failure(.notAPartList("第 \(number + 1) 行的 headlines 数目无效")) }
                expectedHeadlines = count
                list.headlines = []
            case ("headline", 4):
                guard let table = TableID(rawValue: fields[1]), list.headlines != nil else {
                    return .failure(.notAPartList("第 \(number + 1) 行不是有效的 headline"))
                }
                let value: Amount?
                if fields[2].isEmpty { value = nil } else if let fen = Int64(fields[2]), fen.magnitude <= Amount.maxMagnitudeFen.magnitude { value = Amount(fen: fen) } else {
                    return .failure(.notAPartList("第 \(number + 1) 行的金额无效"))
                }
                list.headlines?.append(HeadlineTotal(table: table, label: fields[3], value: value))
            default:
                return .failure(.notAPartList("第 \(number + 1) 行无法识别"))
            }
        }
        if let expectedHeadlines, expectedHeadlines != list.headlines?.count {
            return .failure(.notAPartList("headline 应有 \(expectedHeadlines) 行"))
        }
        if list.parts.count < 2 { return .failure(.notAPartList("部分少于两个")) }
        return .success(list)
    }

    /// A label on one line, without TABs, at most 60 characters.
    private static func clean(_ label: String) -> String {
        String(label.map { $0 == "\t" || $0.isNewline ? " " : $0 }.prefix(60))
    }
}
