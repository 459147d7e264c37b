/// The `HuizongStore` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongStoreStage { public static let name = "HuizongStore" }
