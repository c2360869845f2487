namespace Corroboration.Core.Matching;

/// <summary>
/// Adds up match weights (log-odds, Fellegi–Sunter) over the comparison levels of a claim
/// against an incident. A feature one side lacks adds nothing, so claims without a date or
/// place are judged on what they have. Every decision keeps what each feature added.
/// </summary>
public sealed class MatchScorer(MatchWeights weights, TermRarity? rarity = null)
{
    public MatchWeights Weights { get; } = weights;

    /// <summary>The document frequencies text similarity is weighted by; whoever feeds the scorer reports observes them.</summary>
    public TermRarity Rarity { get; } = rarity ?? new TermRarity();

    // Each level's weight is a logarithm: worked out once, not fifty times per claim.
    private readonly double prior = weights.Model.PriorWeight;
    private readonly double[][] levelWeights = weights.Model.Features.Select(f => f.Levels.Select(l => l.Weight).ToArray()).ToArray();

    public MatchDecision Score(ClaimProfile claim, IncidentProfile incident)
    {
        var model = Weights.Model;
        Span<int> levels = stackalloc int[Comparison.FeatureCount];
        var details = new string?[Comparison.FeatureCount];
        Comparison.Compare(claim, incident, Rarity, levels, details);
        var contributions = new List<FeatureContribution> { new("prior", "base rate", model.PriorWeight) };
        for (var feature = 0; feature < levels.Length; feature++)
        {
            if (levels[feature] == Comparison.Missing)
            {
                continue;
            }
            var parameters = model.Features[feature];
            var level = parameters.Levels[levels[feature]].Name;
            contributions.Add(new(parameters.Name, details[feature] is { } detail ? $"{level} ({detail})" : level, model.Weight(feature, levels[feature])));
        }
        return new MatchDecision(contributions.Sum(c => c.Weight), contributions);
    }

    /// <summary>
    /// The weight <see cref="Score"/> gives, to the last bit (same terms, same order), without
    /// the explanation: for ranking candidates, of which only the kept one is explained.
    /// </summary>
    public double Weight(ClaimProfile claim, IncidentProfile incident)
    {
        Span<int> levels = stackalloc int[Comparison.FeatureCount];
        Comparison.Compare(claim, incident, Rarity, levels, null);
        var sum = 0.0 + prior;
        for (var feature = 0; feature < levels.Length; feature++)
        {
            if (levels[feature] != Comparison.Missing)
            {
                sum += levelWeights[feature][levels[feature]];
            }
        }
        return sum;
    }
}
