import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongRules

/// A registered list of rule ids gives back exactly the ids it was made of, equal lists
/// share one place and different lists never do, from any thread.
@Suite struct RuleIDListTests {
    @Test func givesBackItsIdsInOrder() {
        let ids = ["rule_list_test_a", "rule_list_test_b", "一条很长的规则编号，超过十五个字节"]
        let list = RuleIDList(ids)
        #expect(list.count == 3)
        #expect(list.ids == ids)
        #expect((0..<list.count).map { list[$0] } == ids)
    }

    @Test func equalListsShareAPlaceAndOthersDoNot() {
        let a = RuleIDList(["rule_list_test_x", "rule_list_test_y"])
        let b = RuleIDList(["rule_list_test_x", "rule_list_test_y"])
        let reversed = RuleIDList(["rule_list_test_y", "rule_list_test_x"])
        let shorter = RuleIDList(["rule_list_test_x"])
        let empty = RuleIDList([])
        #expect(a == b)
        #expect(a != reversed && reversed.ids == ["rule_list_test_y", "rule_list_test_x"])
        #expect(a != shorter && shorter.ids == ["rule_list_test_x"])
        #expect(empty.count == 0 && empty.ids.isEmpty && empty != shorter)
    }

    @Test func listsRegisteredFromManyThreadsKeepTheirIds() {
        let lists = Parallel.map(Array(0..<64), threads: 4) { n in
            (n, RuleIDList((0...(n % 7)).map { "rule_list_test_thread_\(n % 5)_\($0)" }))
        }
        for (n, list) in lists {
            #expect(list.ids == (0...(n % 7)).map { "rule_list_test_thread_\(n % 5)_\($0)" })
        }
    }

    @Test func reportsOfCheckersWithTheSameRulesNameOneListAndTheRightIds() {
        let full = Checker().check(Seed.budget, file: "seed")
        let again = Checker().check(Seed.budget, file: "seed")
        #expect(full.coverage.ruleIDs == again.coverage.ruleIDs)
        #expect(full.ledger.map(\.ruleID) == RuleCatalogue.all.map { $0.description.id })
        let amounts = Checker(rules: Array(RuleCatalogue.all.prefix(5))).check(Seed.budget, file: "seed")
        #expect(amounts.coverage.ruleIDs != full.coverage.ruleIDs)
        #expect(amounts.ledger.map(\.ruleID) == RuleCatalogue.all.prefix(5).map { $0.description.id })
    }
}
