import Testing
import HuizongModel
import HuizongTestSupport
@testable import HuizongParse

/// A claim list given back to the reader (``BudgetReader/giveBackClaims(_:)``) is filled
/// with the next budget's claims on the same thread, which read as from a new list.
@Suite struct ClaimRoomTests {
    static func storage(_ claims: [NarrativeClaim]) -> UnsafeRawPointer? {
        claims.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func aGivenBackListIsFilledByTheNextRead() throws {
        let fresh = try #require(BudgetReader.read(text: Seed.text).budget?.narrative?.claims)
        #expect(fresh.count > 2)
        let room: UnsafeRawPointer?
        do {
            // Scoped, so that nothing here holds the list when it is filled again.
            var budget = try #require(BudgetReader.read(text: Seed.text).budget)
            let dropped = budget.keepFirstClaims(about: [.fixedAssets, .plannedAssetPurchases])
            #expect(dropped == fresh)
            room = Self.storage(dropped)
            BudgetReader.giveBackClaims(dropped)
        }
        let next = try #require(BudgetReader.read(text: Seed.text).budget?.narrative?.claims)
        #expect(next == fresh)
        #expect(Self.storage(next) == room)
        // Not given back: the next read makes a list of its own.
        let other = try #require(BudgetReader.read(text: Seed.text).budget?.narrative?.claims)
        #expect(other == fresh && Self.storage(other) != room)
    }

    @Test func aLongerNarrativeGrowsTheGivenBackList() throws {
        BudgetReader.giveBackClaims([])
        let fresh = try #require(BudgetReader.read(text: Seed.text).budget?.narrative?.claims)
        // A list with room for one claim: the read grows it.
        var small: [NarrativeClaim] = []
        small.reserveCapacity(1)
        small.append(fresh[0])
        BudgetReader.giveBackClaims(small)
        let next = try #require(BudgetReader.read(text: Seed.text).budget?.narrative?.claims)
        #expect(next == fresh)
    }
}
