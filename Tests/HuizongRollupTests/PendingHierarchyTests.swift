import Foundation
import Testing
import HuizongModel
import Synchronization
import HuizongRules
import HuizongTestSupport
@testable import HuizongRollup

/// The hierarchy read on its own thread while the units load: the same hierarchy and the
/// same problem as `Hierarchy.read`, and a loader told to stop once the read has failed.
@Suite struct PendingHierarchyTests {
    /// `text` written to a temporary file; returns its path.
    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-pending-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aGoodFileGivesTheHierarchyReadInTurn() throws {
        let path = try Self.file("单位编码,单位名称,部门编码,部门名称\n323003,社保所,323,人社局\n324001,民政局,324,民政局\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pending = PendingHierarchy(reading: path)
        let hierarchy = try pending.value()
        #expect(hierarchy == (try Hierarchy.read(contentsOf: path)))
        #expect(hierarchy.entries.count == 2)
        #expect(!pending.hasFailed)
        // Asked again, the value is the same (no second wait).
        #expect(try pending.value() == hierarchy)
    }

    @Test(arguments: [
        "",
        "单位编码,单位名称,部门编码\n323003,社保所,323\n",
        "单位编码,单位名称,部门编码,部门名称\n323003,社保所,323\n",
        "单位编码,单位名称,部门编码,部门名称\n323003,社保所,323,人社局\n\n323003,就业所,323,人社局\n",
    ])
    func aBadFileThrowsWhatTheReadInTurnThrows(text: String) throws {
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pending = PendingHierarchy(reading: path)
        var expected = ""
        do { _ = try Hierarchy.read(contentsOf: path); Issue.record("the file reads") } catch { expected = "\(error)" }
        #expect(!expected.isEmpty)
        do { _ = try pending.value(); Issue.record("the pending read succeeded") } catch {
            #expect(error is HierarchyError)
            #expect("\(error)" == expected)
        }
        #expect(pending.hasFailed)
    }

    @Test func anUnreadableFileThrowsTheReadsMessage() {
        let folder = FileManager.default.temporaryDirectory.path
        let pending = PendingHierarchy(reading: folder)
        #expect(throws: HierarchyError.self) { try pending.value() }
        do { _ = try pending.value() } catch { #expect("\(error)" == "\(folder):0：无法读取单位层级文件") }
        #expect(pending.hasFailed)
    }

    @Test func anAbandonedLoadReadsNoFile() throws {
        let (folder, files) = try RollupTests.district(["323003", "324001", "324002"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let told = LoadedCount()
        let abandoned = UnitLoader.load(files, checker: Checker(), threads: 2, onLoaded: { _ in told.add() },
                                        abandoned: { true })
        #expect(abandoned.map(\.file) == files)
        #expect(abandoned.allSatisfy { $0.budget == nil && $0.report == nil && $0.readDiagnostics.isEmpty && $0.byteCount == 0 })
        #expect(told.value == 0)
        let loaded = UnitLoader.load(files, checker: Checker(), threads: 2, abandoned: { false })
        #expect(loaded.allSatisfy { $0.budget != nil && $0.report != nil && $0.byteCount > 0 })
        #expect(loaded.map(\.budget?.code) == ["323003", "324001", "324002"])
    }

    @Test func aLoadStopsOnceAbandoned() throws {
        let (folder, files) = try RollupTests.district(["323003", "324001", "324002", "324003"])
        defer { try? FileManager.default.removeItem(at: folder) }
        // On one thread, in order: the first two files load, then the load is abandoned.
        let asked = LoadedCount()
        let units = UnitLoader.load(files, checker: Checker(), threads: 1, abandoned: { asked.add() > 2 })
        #expect(units.map { $0.budget != nil } == [true, true, false, false])
    }
}

/// A count shared with a loader's threads.
private final class LoadedCount: Sendable {
    private let count = Mutex<Int>(0)
    /// Adds one; returns the new count.
    @discardableResult func add() -> Int { count.withLock { $0 += 1; return $0 } }
    var value: Int { count.withLock { $0 } }
}
