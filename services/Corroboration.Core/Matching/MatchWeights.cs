namespace Corroboration.Core.Matching;

/// <summary>Match weights (log-odds) per comparison level, and the weight needed to link.</summary>
public sealed record MatchWeights
{
    public double Prior { get; init; } = -2.0;
    public double DateSame { get; init; } = 2.5;
    public double DateNear { get; init; } = 1.5;
    public double DateClose { get; init; } = -1.0;
    public double DateFar { get; init; } = -6.0;
    public double PlaceSame { get; init; } = 3.0;
    public double PlaceNear { get; init; } = 1.0;
    public double PlaceRegion { get; init; } = -1.0;
    public double PlaceFar { get; init; } = -4.0;
    public double PlaceNameDiffers { get; init; } = -1.5;
    public double PlaceSameRegion { get; init; } = 0.5;
    /// <summary>Text adds <c>TextSlope × (cosine − TextNeutral)</c>.</summary>
    public double TextSlope { get; init; } = 10.0;
    public double TextNeutral { get; init; } = 0.15;
    public double TextMax { get; init; } = 4.0;
    public double PerpetratorSame { get; init; } = 0.5;
    public double PerpetratorDiffers { get; init; } = -0.5;
    public double KilledCompatible { get; init; } = 0.3;
    public double KilledIncompatible { get; init; } = -1.0;
    /// <summary>A claim joins an incident when the total weight reaches this.</summary>
    public double LinkThreshold { get; init; } = 1.0;
    /// <summary>A claim merges a second incident into its best one only with this much more weight.</summary>
    public double MergeMargin { get; init; } = 2.0;
}
