namespace Corroboration.Core.Matching;

/// <summary>The levels of one compared feature, in the order <see cref="Comparison"/> numbers them.</summary>
public sealed record FeatureParameters(string Name, IReadOnlyList<LevelParameters> Levels);
