namespace Corroboration.Core.Matching;

/// <summary>
/// Fellegi–Sunter parameters: the prior share of candidate pairs that match and, per feature
/// level, m and u. <see cref="Default"/> is a hand-set start; <see cref="EmEstimator"/> learns
/// a model from unlabelled comparisons, as Splink does.
/// </summary>
public sealed record MatchModel(double Prior, IReadOnlyList<FeatureParameters> Features)
{
    public double PriorWeight => Math.Log(Prior / (1 - Prior));

    public double Weight(int feature, int level) => Features[feature].Levels[level].Weight;

    public static MatchModel Default { get; } = new(0.12,
    [
        Feature(Comparison.Date, ("same day", 0.74, 0.06), ("1 day apart", 0.18, 0.10), ("2–3 days apart", 0.074, 0.15), ("4–7 days apart", 0.004, 0.20), ("8–31 days apart", 0.0017, 0.19), ("over a month apart", 0.0003, 0.30)),
        Feature(Comparison.Distance, ("same place", 0.78, 0.05), ("within 15 km", 0.15, 0.15), ("within 50 km", 0.06, 0.20), ("over 50 km", 0.01, 0.60)),
        Feature(Comparison.PlaceName, ("same name", 0.75, 0.06), ("same region", 0.15, 0.12), ("different names", 0.10, 0.82)),
        Feature(Comparison.Text, ("very similar", 0.24, 0.0046), ("similar", 0.24, 0.0076), ("fairly similar", 0.20, 0.0100), ("related", 0.14, 0.055), ("loosely related", 0.08, 0.10), ("unrelated", 0.10, 0.8228)),
        Feature(Comparison.Perpetrator, ("same", 0.85, 0.50), ("different", 0.15, 0.50)),
        Feature(Comparison.Killed, ("compatible", 0.85, 0.65), ("incompatible", 0.15, 0.35)),
        Feature(Comparison.Publisher, ("same publisher", 0.15, 0.12), ("other publishers", 0.85, 0.88)),
        Feature(Comparison.Weapon, ("same weapon", 0.75, 0.30), ("related weapons", 0.10, 0.25), ("different weapons", 0.15, 0.45)),
        Feature(Comparison.Target, ("same target", 0.70, 0.25), ("different targets", 0.30, 0.75)),
        Feature(Comparison.Weekday, ("same weekday", 0.70, 0.143), ("other weekday", 0.30, 0.857)),
    ]);

    private static FeatureParameters Feature(string name, params (string Level, double M, double U)[] levels) =>
        new(name, levels.Select(l => new LevelParameters(l.Level, l.M, l.U)).ToList());
}
