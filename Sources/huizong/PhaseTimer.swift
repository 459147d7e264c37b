import Dispatch
import Foundation

/// Wall time of a command's phases, printed to standard error when `HUIZONG_TIMING` is set
/// (used by `scripts/bench` to show where the time goes).
struct PhaseTimer {
    /// Whether HUIZONG_TIMING is set. Asked of the C library: ProcessInfo's environment
    /// builds a dictionary of every variable (half a million instructions at start-up, most
    /// of them first-use type look-ups) to answer it.
    private let enabled = getenv("HUIZONG_TIMING") != nil
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
