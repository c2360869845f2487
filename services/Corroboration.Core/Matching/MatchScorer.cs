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

    public MatchDecision Score(ClaimProfile claim, IncidentProfile incident)
    {
        var model = Weights.Model;
        var (levels, details) = Comparison.Compare(claim, incident, Rarity);
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
}
