/// Chinese numerals for ordinals in labels and names (`三十一`, `第一百零二中学`).
enum ChineseNumerals {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// `n` (1…9999) in Chinese: 1 一, 10 十, 12 十二, 31 三十一, 102 一百零二, 1010 一千零一十.
    static func ordinal(_ n: Int) -> String {
        precondition(n >= 1 && n <= 9999, "ordinal out of range: \(n)")
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        let units: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var out = ""
        var pendingZero = false
        var started = false
        for (value, name) in units {
            let digit = (n / value) % 10
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero { out += "零"; pendingZero = false }
            out += digits[digit] + name
            started = true
        }
        return out
    }
}
