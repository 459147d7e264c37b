import HuizongModel

/// A money figure found in narrative text: a decimal number immediately followed by
/// `万元` or `元`.
struct ScannedFigure: Sendable, Hashable {
    /// Offset of the figure's first scalar (its sign, when printed with one).
    var start: Int
    /// Offset just past the unit (and past a threshold suffix such as `以上`).
    var end: Int
    /// The number as printed (`98`, `1047.65`, `-0.01`, `1,047.65`).
    var printed: String
    /// The exact value, or `nil` when the number has more decimals than the unit can
    /// carry exactly (more than six in 万元, more than two in 元).
    var amount: Amount?
    /// The unit printed after the number.
    var unit: Amount.Unit
    /// True for a threshold such as `20万元以上` / `5万元（含）以下`: not a claim.
    var isThreshold: Bool
}

/// Finds money figures in narrative text.
///
/// A figure is a decimal number, optionally signed with `-`, `−` or `－` (a sign only
/// when not right after a digit, so `2024-12-31` has none), with ASCII-comma thousands
/// groups allowed (`1,047.65`), immediately followed by `万元` or `元`. Numbers without
/// a unit (`2025年`, `[2023]649号`, `5%`) are not figures.
enum FigureScanner {
    private static let wanYuan: Scalars = ["万", "元"]
    private static let yuan: Scalars = ["元"]
    private static let inclusiveMarks: [Scalars] = [["（", "含", "）"], ["(", "含", ")"]]
    private static let thresholdWords: [Scalars] = [
        ["及", "以", "上"], ["及", "以", "下"], ["以", "上"], ["以", "下"], ["以", "内"],
    ]

    /// Every figure in `text`, in order.
    static func figures(in text: Scalars) -> [ScannedFigure] {
        var figures: [ScannedFigure] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            var digitsStart = index
            if isSign(scalar) {
                let afterDigit = index > 0 && (text[index - 1].isASCIIDigitScalar || text[index - 1] == ".")
                guard !afterDigit, index + 1 < text.count, text[index + 1].isASCIIDigitScalar else {
                    index += 1; continue
                }
                digitsStart = index + 1
            } else if !scalar.isASCIIDigitScalar {
                index += 1; continue
            } else if index > 0 && text[index - 1] == "." {
                // The tail of something like `.5`: not a number on its own.
                index = skipDigits(text, from: index); continue
            }
            let number = readNumber(text, start: index, digitsStart: digitsStart)
            index = number.end
            guard let (unit, unitEnd) = readUnit(text, at: number.end) else { continue }
            let (isThreshold, end) = readThreshold(text, at: unitEnd)
            let amount: Amount?
            switch Amount.parse(number.ascii, unit: unit, maxDecimals: unit.maxExactDecimals) {
            case .success(let value): amount = value
            case .failure: amount = nil
            }
            figures.append(ScannedFigure(
                start: number.start, end: end, printed: Array(text[number.start..<number.end]).string,
                amount: amount, unit: unit, isThreshold: isThreshold))
            index = end
        }
        return figures
    }

    /// `-`, `−` (U+2212) or `－` (U+FF0D).
    private static func isSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2212}" || scalar == "\u{FF0D}"
    }

    private static func skipDigits(_ text: Scalars, from start: Int) -> Int {
        var index = start
        while index < text.count && text[index].isASCIIDigitScalar { index += 1 }
        return index
    }

    /// Reads `[sign]digits[,ddd]*[.digits]` starting at `start`; returns its extent and
    /// the ASCII text `Amount.parse` accepts (sign as `-`, no group commas).
    private static func readNumber(_ text: Scalars, start: Int, digitsStart: Int) -> (start: Int, end: Int, ascii: String) {
        var ascii = digitsStart > start ? "-" : ""
        var index = digitsStart
        while index < text.count {
            let scalar = text[index]
            if scalar.isASCIIDigitScalar {
                ascii.unicodeScalars.append(scalar); index += 1
            } else if scalar == "," && isThousandsGroup(text, comma: index) {
                index += 1
            } else {
                break
            }
        }
        if index + 1 < text.count && text[index] == "." && text[index + 1].isASCIIDigitScalar {
            ascii.append(".")
            index += 1
            while index < text.count && text[index].isASCIIDigitScalar {
                ascii.unicodeScalars.append(text[index]); index += 1
            }
        }
        return (start, index, ascii)
    }

    /// True when the comma at `comma` is followed by exactly three digits.
    private static func isThousandsGroup(_ text: Scalars, comma: Int) -> Bool {
        var offset = 1
        while offset <= 3 {
            guard comma + offset < text.count, text[comma + offset].isASCIIDigitScalar else { return false }
            offset += 1
        }
        let after = comma + 4
        return after >= text.count || !text[after].isASCIIDigitScalar
    }

    /// The unit printed at `index` and the offset past it, or `nil`.
    private static func readUnit(_ text: Scalars, at index: Int) -> (Amount.Unit, Int)? {
        if text.matches(wanYuan, at: index) { return (.wanYuan, index + wanYuan.count) }
        if text.matches(yuan, at: index) { return (.yuan, index + yuan.count) }
        return nil
    }

    /// Whether a threshold word (`以上`, `以下`, `以内`, optionally after `（含）`) follows
    /// the unit, and the offset past it.
    private static func readThreshold(_ text: Scalars, at index: Int) -> (Bool, Int) {
        var probe = index
        for mark in inclusiveMarks where text.matches(mark, at: probe) { probe += mark.count; break }
        for word in thresholdWords where text.matches(word, at: probe) { return (true, probe + word.count) }
        return (false, index)
    }
}
