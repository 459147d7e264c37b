/// Values kept alive until the process exits. Freeing ten thousand budgets one allocation at
/// a time at the end of a command costs a noticeable fraction of a second; the system takes
/// the whole address space back at once when the process ends.
enum ProcessLifetime {
    /// Only the command's own thread touches this, after its parallel work has finished.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` until the process exits.
    static func keepUntilExit(_ value: Any) { kept.append(value) }
}
