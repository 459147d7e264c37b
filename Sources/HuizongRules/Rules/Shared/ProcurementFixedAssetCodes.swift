import HuizongModel

/// Which 政府采购目录序号 buy fixed assets (固定资产), for 拟购置固定资产总额.
///
/// The 2022 政府采购品目分类目录 (财库〔2022〕31号) aligned its goods (A 货物) with
/// GB/T 14885-2022 固定资产等资产基础分类与代码: A01 房屋和构筑物, A02 设备, A03 文物和
/// 陈列品, A04 图书和档案 are fixed-asset classes; A05 家具和用具 mixes furniture (A0501
/// 家具, a fixed asset) with consumables such as A0504 办公用品 (A05040101 复印纸,
/// A05040201 鼓粉盒: the seed buys these and states 拟购置固定资产总额 0.00). Services (C)
/// and works (B) are never fixed-asset purchases.
///
/// The catalogue text could not be consulted here; the list follows the classes above
/// and errs on the side of counting fewer codes. Amend it in this one place.
enum ProcurementFixedAssetCodes {
    /// Code prefixes of fixed-asset purchases.
    static let prefixes = ["A01", "A02", "A03", "A04", "A0501"]

    /// True when `code` (whitespace ignored, letters in either case) buys a fixed asset.
    static func isFixedAsset(_ code: String) -> Bool {
        // Catalogue codes are printed in ASCII without spaces: then compare bytes, letters
        // upper-cased as `uppercased()` does for ASCII. Anything else takes the general path.
        if let plain = StructureText.withBytes(code, { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x20 && !($0 >= 0x09 && $0 <= 0x0D) }) else { return nil }
            return asciiPrefixes.contains { prefix in
                prefix.count <= bytes.count && prefix.indices.allSatisfy { i in
                    let b = bytes[i]
                    return (b >= 0x61 && b <= 0x7A ? b - 0x20 : b) == prefix[i]
                }
            }
        }) { return plain }
        let key = StructureText.key(code).uppercased()
        return prefixes.contains { key.hasPrefix($0) }
    }

    /// ``prefixes`` as ASCII bytes.
    private static let asciiPrefixes: [[UInt8]] = prefixes.map { Array($0.utf8) }
}
