/// The version of the Huizong engine, recorded in every snapshot.
public enum EngineVersion {
    /// Semantic version of the engine.
    public static let current = "0.3.0"
}
