import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// StructureFunctionCategoriesKnownRule compares a 类's printed name with the standard
/// name on bytes, whitespace skipped: spaces inside a standard name are no finding, a
/// different name still is (reported with the name as printed).
@Suite struct FunctionCategoryNameTests {
    static let ruleID = "structure_function_categories_known"

    static func messages(renamingT3 digits: String, to name: String) -> [String] {
        var budget = Seed.budget
        if let index = budget.t3?.rows.firstIndex(where: { $0.code?.digits == digits }) {
            budget.t3?.rows[index].name = name
        }
        return Checker().check(budget).findings.filter { $0.ruleID == ruleID }.map(\.message)
    }

    @Test func standardNameWithWhitespacePasses() throws {
        let standard = try #require(StructureFunctionCategories.name(ofCategory: 210))
        #expect(Self.messages(renamingT3: "210", to: standard) == [])
        var spaced = standard
        spaced.insert(" ", at: spaced.index(after: spaced.startIndex))
        spaced += "\u{3000}"
        #expect(Self.messages(renamingT3: "210", to: spaced) == [])
    }

    @Test func otherNameFailsWithOrWithoutWhitespace() throws {
        let standard = try #require(StructureFunctionCategories.name(ofCategory: 210))
        for name in ["医疗卫生与计划生育支出", "医疗卫生 与计划生育支出", String(standard.dropLast()), String(standard.dropLast()) + " "] {
            let messages = Self.messages(renamingT3: "210", to: name)
            #expect(messages.count == 1, "\(name)")
            #expect(messages.first?.contains("名称为“\(name)”") == true, "\(name)")
        }
    }
}
