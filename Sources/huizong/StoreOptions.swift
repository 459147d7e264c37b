import ArgumentParser
import Foundation
import HuizongStore

/// `--store FILE`, shared by every command that uses the snapshot store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The snapshot store (SQLite).")
    var store: String = "huizong.sqlite"

    /// Opens the store, turning errors into a message and exit code 2.
    func open(readOnly: Bool = false) throws -> SnapshotStore { try openStore(store, readOnly: readOnly) }
}

/// Writing to standard error.
enum Console {
    static func error(_ message: String) { FileHandle.standardError.write(Data(("错误 " + message + "\n").utf8)) }
    static func note(_ message: String) { FileHandle.standardError.write(Data((message + "\n").utf8)) }
}

/// Runs a store operation; a StoreError becomes its message and exit code 2.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError {
        Console.error(error.description)
        throw ExitCode(ExitStatus.unreadable)
    }
}

/// Opens the store at `path`, turning errors into a message and exit code 2.
func openStore(_ path: String, readOnly: Bool = false) throws -> SnapshotStore {
    do { return try SnapshotStore(path: path, readOnly: readOnly) } catch {
        Console.error("\(error)")
        throw ExitCode(ExitStatus.unreadable)
    }
}
