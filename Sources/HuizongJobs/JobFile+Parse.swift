import Foundation
import HuizongRules
import Yams

extension JobFile {
    /// The keys a job file may have.
    static let knownKeys: Set<String> = ["name", "district", "year", "draft", "label", "variables", "inputs", "hierarchy",
                                         "store", "rules", "outputs", "compare", "fail_on"]

    /// Reads and validates the job file at `path`, with `--var` overrides; every problem
    /// is reported at once.
    public static func load(path: String, overrides: [String: String] = [:]) throws(JobFileError) -> JobFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JobFileError(problems: [JobProblem(file: path, line: 0, message: "无法读取作业文件")])
        }
        let text = String(decoding: data, as: UTF8.self)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw JobFileError(problems: [JobProblem(file: path, line: 0, message: "不是有效的 YAML：\(error)")])
        }
        guard let mapping = root?.mapping else {
            throw JobFileError(problems: [JobProblem(file: path, line: 1, message: "作业文件应为键值映射（name:、year:、inputs: …）")])
        }
        var parser = JobParser(path: path, mapping: mapping, overrides: overrides)
        let job = parser.parse()
        if !parser.problems.isEmpty { throw JobFileError(problems: parser.problems.sorted { $0.line < $1.line }) }
        return job!
    }
}

/// Walks the YAML mapping, collecting every problem.
struct JobParser {
    let path: String
    let mapping: Node.Mapping
    let overrides: [String: String]
    var problems: [JobProblem] = []
    var variables: [String: String] = [:]

    init(path: String, mapping: Node.Mapping, overrides: [String: String]) {
        self.path = path; self.mapping = mapping; self.overrides = overrides
    }

    var folder: URL { URL(fileURLWithPath: path).deletingLastPathComponent() }

    mutating func problem(_ node: Node?, _ message: String) {
        problems.append(JobProblem(file: path, line: (node?.mark?.line ?? 0), message: message))
    }

    func value(_ key: String, in map: Node.Mapping? = nil) -> Node? {
        for (k, v) in (map ?? mapping) where k.string == key { return v }
        return nil
    }

    /// `${name}` replaced by variables.
    func expand(_ text: String) -> String {
        var out = text
        for (name, value) in variables { out = out.replacingOccurrences(of: "${\(name)}", with: value) }
        return out
    }

    mutating func string(_ key: String, in map: Node.Mapping? = nil, required: Bool = false, context: String = "") -> String? {
        guard let node = value(key, in: map) else {
            if required { problem(nil, "缺少必填项 \(context)\(key)") }
            return nil
        }
        guard let text = node.string, node.mapping == nil, node.sequence == nil else {
            problem(node, "\(context)\(key) 应为文字")
            return nil
        }
        let expanded = expand(text)
        if expanded.contains("${") { problem(node, "\(context)\(key) 中有未定义的变量：\(expanded)") }
        return expanded
    }

    /// A path relative to the job file.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
    }

    mutating func parse() -> JobFile? {
        for (key, node) in mapping where !JobFile.knownKeys.contains(key.string ?? "") {
            problem(node, "未知的键 \(key.string ?? "?")：可用的键为 \(JobFile.knownKeys.sorted().joined(separator: ", "))")
        }
        if let vars = value("variables") {
            if let map = vars.mapping {
                for (k, v) in map { if let name = k.string, let text = v.string { variables[name] = text } else { problem(k, "variables 中的每一项应为 名称: 文字") } }
            } else { problem(vars, "variables 应为 名称: 值 的映射") }
        }
        for (name, text) in overrides { variables[name] = text }
        let name = string("name", required: true) ?? ""
        let district = string("district") ?? "全区"
        var year = 0
        if let node = value("year") {
            if let y = node.int, (1990...2200).contains(y) { year = y } else { problem(node, "year 应为四位年份，如 2025") }
        } else { problem(nil, "缺少必填项 year") }
        let draft = string("draft", required: true) ?? ""
        let label = string("label") ?? "\(year) \(draft)"
        var inputs: [String] = []
        if let node = value("inputs") {
            let items = node.sequence.map { Array($0) } ?? [node]
            for item in items {
                if let text = item.string, item.mapping == nil { inputs.append(resolve(expand(text))) } else { problem(item, "inputs 的每一项应为文件、目录或通配路径") }
            }
            if inputs.isEmpty { problem(node, "inputs 为空：应列出单位预算文件的通配路径") }
        } else { problem(nil, "缺少必填项 inputs（单位预算文件的通配路径）") }
        let hierarchy = string("hierarchy").map(resolve)
        if let hierarchy, !FileManager.default.fileExists(atPath: hierarchy) { problem(value("hierarchy"), "hierarchy 文件不存在：\(hierarchy)") }
        let store = resolve(string("store") ?? "huizong.sqlite")
        let (tolerance, disabled, overridesBySeverity) = parseRules()
        let (folder, formats) = parseOutputs(name: name)
        let compare = parseCompare()
        let failOn = parseFailOn()
        guard problems.isEmpty else { return nil }
        return JobFile(path: path, name: name, district: district, year: year, draft: draft, label: label, inputs: inputs,
                       hierarchy: hierarchy, store: store, tolerance: tolerance, disabledRules: disabled,
                       severityOverrides: overridesBySeverity, outputFolder: folder, formats: formats, compare: compare,
                       failOn: failOn, variables: variables)
    }
}
