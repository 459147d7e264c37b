import Testing
import HuizongModel
@testable import HuizongRules

/// ``ProjectNames/onlyProject(named:)`` answers as comparing the names with `==`: the one
/// equal name, nil when none or several.
@Suite struct ProjectNamesTests {
    static func expected(_ name: String, _ names: [String]) -> Int? {
        let matches = names.indices.filter { names[$0] == name }
        return matches.count == 1 ? matches[0] : nil
    }

    @Test func answersAsComparingWithEquals() {
        let lists: [[String]] = [
            [], ["企业养老保险社会化管理服务费"], ["企业养老保险社会化管理服务费", "养老保险各险种经办业务费"],
            ["养老保险各险种经办业务费", "企业养老保险社会化管理服务费", "养老保险各险种经办业务费"],
            ["caf\u{E9}项目", "A", ""], ["cafe\u{301}项目", "项目（一）", "项目(一)"], ["", ""],
        ]
        let asked = ["企业养老保险社会化管理服务费", "养老保险各险种经办业务费", "caf\u{E9}项目", "cafe\u{301}项目",
                     "A", "", "项目（一）", "项目(一)", "项目", "企业养老保险社会化管理服务"]
        for names in lists {
            let pool = ProjectNames(names)
            for name in asked {
                #expect(pool.onlyProject(named: name) == Self.expected(name, names), "\(name) in \(names)")
            }
        }
    }
}
