namespace Corroboration.Core.Matching;

/// <summary>How well a claim fits an incident: total match weight and what each feature added.</summary>
public sealed record MatchDecision(double Weight, IReadOnlyList<FeatureContribution> Contributions)
{
    /// <summary>The match probability the weight stands for.</summary>
    public double Probability => 1 / (1 + Math.Exp(-Weight));
}
