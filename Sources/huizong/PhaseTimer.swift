import Dispatch
import Foundation

/// Wall time of a command's phases, printed to standard error when `HUIZONG_TIMING` is set
/// (used by `scripts/bench` to show where the time goes).
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["HUIZONG_TIMING"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Records the end of phase `name`.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        if enabled {
            FileHandle.standardError.write(Data(String(format: "timing %@: %.3f s\n", name, Double(now - last) / 1e9).utf8))
        }
        last = now
    }
}
