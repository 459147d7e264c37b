import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// The narrative's blocks are reserved to about the last budget's count on the thread.
@Suite struct NarrativeBlockRoomTests {
    @Test func roomFollowsTheLastNarrativeRead() {
        let strings = StringVocabulary()
        #expect(strings.narrativeBlockRoom == 64)
        strings.noteNarrativeBlocks(46)
        #expect(strings.narrativeBlockRoom == 53)
        strings.noteNarrativeBlocks(7)
        #expect(strings.narrativeBlockRoom == 9)
    }

    @Test func aBudgetAfterAnotherReservesAboutItsBlocks() throws {
        // Both reads on this thread (a synchronous test does not change threads).
        _ = BudgetReader.read(text: Seed.text)
        let budget = try #require(BudgetReader.read(text: Seed.text).budget)
        let blocks = try #require(budget.narrative).blocks
        #expect(blocks.capacity >= blocks.count)
        #expect(blocks.capacity <= blocks.count + blocks.count / 8 + 4, "\(blocks.count) blocks, capacity \(blocks.capacity)")
    }
}
