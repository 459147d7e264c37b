import HuizongParse

/// What saving a list of files came to: the relative paths written, or the first failure.
///
/// Not a `Result<[String], OutputFile.WriteError>`: the first use of a Result's type checks
/// at run time that its failure type conforms to Error, a look-up that scans every
/// conformance record of every loaded library (some 200 K instructions, serial).
enum SavedFiles: Sendable {
    /// Every file written; their relative paths in order.
    case success([String])
    /// The first file that could not be written (the files after it were not tried).
    case failure(OutputFile.WriteError)

    /// The paths written, or the failure thrown.
    func get() throws(OutputFile.WriteError) -> [String] {
        switch self {
        case .success(let paths): return paths
        case .failure(let error): throw error
        }
    }
}
