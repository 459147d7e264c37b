/// Generates realistic districts of unit budgets (see `DistrictGenerator`).
public enum HuizongGenerateModule {}
