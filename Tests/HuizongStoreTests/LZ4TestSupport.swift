/// Test inputs shared by the LZ4 test suites.
enum LZ4Fixtures {
    /// The repeated line of the "highly repetitive" input: a budget-table row in Chinese.
    static let budgetLine = "单位预算收支总表\t1047.65\n"

    /// `budgetLine` repeated `count` times, as UTF-8.
    static func repetitiveChinese(lines count: Int = 20_000) -> [UInt8] {
        Array(String(repeating: budgetLine, count: count).utf8)
    }

    /// A small "template" used as a dictionary: rows of table titles and column headers.
    static let templateDictionary: [UInt8] = Array("""
        部门预算收支总表\t单位：万元\t收入\t支出\t本年收入合计\t本年支出合计
        一般公共预算拨款收入\t政府性基金预算拨款收入\t国有资本经营预算拨款收入
        单位预算收支总表\t一般公共预算财政拨款支出表\t基本支出\t项目支出
        人员经费\t公用经费\t工资福利支出\t商品和服务支出\t对个人和家庭的补助
        """.utf8)

    /// A small blob that shares most of its content with `templateDictionary`.
    static let smallBlob: [UInt8] = Array("""
        单位预算收支总表\t单位：万元
        一般公共预算拨款收入\t1047.65\t基本支出\t836.20\t项目支出\t211.45
        人员经费\t612.00\t公用经费\t224.20\t工资福利支出\t598.31
        """.utf8)
}

/// The LZ4 frame header checksum: second byte of XXH32(descriptor, seed 0).
///
/// Only the short-input path of XXH32 (< 16 bytes) is implemented, which covers every frame
/// descriptor (FLG, BD, optional 8-byte content size, optional 4-byte dictID: at most 14).
enum LZ4HeaderChecksum {
    static func of(_ descriptor: ArraySlice<UInt8>) -> UInt8 {
        precondition(descriptor.count < 16)
        let prime1: UInt32 = 2_654_435_761, prime2: UInt32 = 2_246_822_519
        let prime3: UInt32 = 3_266_489_917, prime4: UInt32 = 668_265_263, prime5: UInt32 = 374_761_393
        func rotl(_ x: UInt32, _ r: UInt32) -> UInt32 { x << r | x >> (32 - r) }
        var h = prime5 &+ UInt32(descriptor.count)
        var bytes = descriptor[...]
        while bytes.count >= 4 {
            let word = bytes.prefix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            h = rotl(h &+ word &* prime3, 17) &* prime4
            bytes = bytes.dropFirst(4)
        }
        for byte in bytes { h = rotl(h &+ UInt32(byte) &* prime5, 11) &* prime1 }
        h ^= h >> 15; h = h &* prime2; h ^= h >> 13; h = h &* prime3; h ^= h >> 16
        return UInt8(truncatingIfNeeded: h >> 8)
    }
}
