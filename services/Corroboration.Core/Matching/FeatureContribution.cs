namespace Corroboration.Core.Matching;

/// <summary>One comparison's level and the match weight (log-odds) it added.</summary>
public sealed record FeatureContribution(string Feature, string Level, double Weight);
