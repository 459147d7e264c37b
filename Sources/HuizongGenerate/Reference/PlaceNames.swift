/// Streets (街道) and towns (镇) of the district: the `{P}` of unit names.
enum PlaceNames {
    /// Place names in the order departments and numbered units use them.
    static let list = [
        "文化路街道", "海滨路街道", "北环路街道", "建设大街街道", "河东街道", "西港路街道", "燕山大街街道",
        "港城大街街道", "东环路街道", "白塔岭街道", "东港路街道", "船厂路街道", "海港镇", "北港镇", "西港镇",
        "石门寨镇", "驻操营镇", "杜庄镇", "城子峪镇", "板厂峪镇", "北部工业园区", "临港物流园区",
    ]

    /// The `index`-th place (0-based); past the list, `第N片区`.
    static func place(_ index: Int) -> String {
        index < list.count ? list[index] : "第\(ChineseNumerals.ordinal(index - list.count + 1))片区"
    }

    /// The office of a place: `办事处` for a street, `人民政府` for a town, `管理委员会` otherwise.
    static func officeSuffix(_ place: String) -> String {
        if place.hasSuffix("街道") { return "办事处" }
        if place.hasSuffix("镇") { return "人民政府" }
        return "管理委员会"
    }
}
