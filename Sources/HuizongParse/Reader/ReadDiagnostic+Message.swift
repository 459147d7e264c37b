import HuizongModel

extension ReadDiagnostic {
    /// Where the problem is: `323003-2025.txt:212 T2 单位预算收入总表 序号5 2080199 … 财政拨款收入`.
    public var location: String {
        var parts: [String] = [line > 0 ? "\(file):\(line)" : file]
        if let table { parts.append(table.label) }
        if let row { parts.append(row) }
        if let column { parts.append("「\(column)」栏") }
        return parts.joined(separator: " ")
    }

    /// The problem in the document's own terms, saying what was expected.
    public var message: String {
        switch problem {
        case .emptyFile:
            return "文件为空：没有可读的内容（应为单位预算公开文本）"
        case .notText(let detail):
            return "不是文本文件：\(detail)（应为 UTF-8 或 GB18030/GBK 编码的文本）"
        case .noTables:
            return "未找到任何预算表：应有“单位预算收支总表”等九张表的表名行"
        case .unknownTitle(let title):
            return "未知的表名“\(title)”：应为单位预算/部门预算收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财政拨款“三公”经费支出表之一；此表未读入"
        case .duplicateTable:
            return "此表重复出现：只读入第一次出现的表，此处忽略"
        case .badHeader(let expected, let found):
            return "表头不符合模板：应为“\(expected)”，实为“\(found)”"
        case .cellCount(let expected, let found):
            return found < expected
                ? "此行缺少单元格：应有 \(expected) 个，实有 \(found) 个"
                : "此行多出单元格：应有 \(expected) 个，实有 \(found) 个"
        case .badRowNumber(let expected, let found):
            return "序号应为 \(expected)，实为“\(found)”（常因上一行缺少或多出单元格）"
        case .badCode(let code, let scheme):
            let what = scheme == .function ? "支出功能分类科目编码（类3位、款5位、项7位数字）" : "支出经济分类科目编码（类3位、款5位数字）"
            return "科目编码“\(code)”无效：应为\(what)"
        case .missingCode(let name):
            return "科目编码为空而科目名称为“\(name)”：只有“合计”行可以没有编码"
        case .notAnAmount(let text):
            return "金额栏不是数字：“\(text)”（应为如 1047.65 的金额，或空白）"
        case .tooManyDecimals(let text, let allowed):
            return "金额“\(text)”的小数位过多：应最多 \(allowed) 位小数（单位：万元）"
        case .amountOutOfRange(let text):
            return "金额“\(text)”超出可表示范围"
        case .notAQuantity(let text):
            return "数量栏不是数字：“\(text)”（应为如 2000 或 1234.5 的数量，或空白）"
        case .expectedLabel(let expected, let found):
            return "应为“\(expected)”，实为“\(found)”"
        case .truncated(let expected):
            return "文件在表格中途结束：还应有\(expected)"
        case .headerDisagrees(let field, let expected, let found, let first):
            return "\(field)“\(found)”与 \(first.label) 的“\(expected)”不一致"
        case .strayCells(let count):
            return "有 \(count) 个单元格不属于任何表格，已忽略"
        }
    }

    /// One line for people: `error: FILE:LINE TABLE ROW: MESSAGE`.
    public var rendered: String {
        "\(severity == .error ? "错误" : "警告") \(location)：\(message)"
    }
}
