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
    public double Weight(ClaimProfile claim, IncidentProfile incident) => Weight(claim, incident, double.NegativeInfinity);

    /// <summary>
    /// The weight, or — when even texts alike could not bring it up to <paramref name="floor"/> —
    /// a bound on it that lies below the floor. Texts are the costly comparison, and a candidate a
    /// month and a province away needs none to be ruled out; most need not even have their lists
    /// of names walked: date and distance alone rule out more than half of a claim's candidates.
    /// </summary>
    public double Weight(ClaimProfile claim, IncidentProfile incident, double floor)
    {
        Span<int> levels = stackalloc int[Comparison.FeatureCount];
        Comparison.CompareFields(claim, incident, levels, null);
        var fieldsBound = FieldsBound(levels);
        if (fieldsBound < floor)
        {
            return fieldsBound;
        }
        Comparison.CompareLists(claim, incident, levels, null);
        if (AsIfTextsAlike(claim, incident, levels) is { } terms)
        {
            var bound = Sum(levels);
            if (bound < floor)
            {
                return bound;
            }
            Comparison.CompareTexts(claim, terms, Rarity, levels, null);
        }
        return Sum(levels);
    }

    /// <summary>What the claim weighs against the incident at most, whatever their texts: the weight with texts alike.</summary>
    public double MostWeight(ClaimProfile claim, IncidentProfile incident)
    {
        Span<int> levels = stackalloc int[Comparison.FeatureCount];
        Comparison.CompareAllButText(claim, incident, levels, null);
        AsIfTextsAlike(claim, incident, levels);
        return Sum(levels);
    }

    /// <summary>
    /// At least <see cref="MostWeight"/>, from date, distance, casualties and weekday alone: cheap,
    /// and below a bar often enough to spare walking the lists of names.
    /// </summary>
    public double MostWeightBound(ClaimProfile claim, IncidentProfile incident)
    {
        Span<int> levels = stackalloc int[Comparison.FeatureCount];
        Comparison.CompareFields(claim, incident, levels, null);
        return FieldsBound(levels);
    }

    /// <summary>The weight the fields compared give, plus the most that every feature not yet compared could add.</summary>
    private double FieldsBound(ReadOnlySpan<int> levels) =>
        Sum(levels) + mostFromLists + (levels[Comparison.DistanceFeature] == Comparison.Missing ? mostFromPlaceName : 0) + mostFromText
        + BoundSlack;

    /// <summary>When the texts are compared, puts the text level that adds most in their place and returns the incident's terms they are compared with.</summary>
    private TermVector? AsIfTextsAlike(ClaimProfile claim, IncidentProfile incident, Span<int> levels)
    {
        var terms = Comparison.TextsCompared(claim, incident);
        if (terms is not null)
        {
            levels[Comparison.TextFeature] = bestTextLevel;
        }
        return terms;
    }

    // The most each feature not yet compared could add (a feature missing adds nothing). The bound
    // is summed in another order than the weight, so it is raised by far more than rounding could
    // take the weight above it.
    private const double BoundSlack = 1e-9;
    private readonly double mostFromLists = Comparison.ListFeatures.Sum(f => MostGain(weights.Model.Features[f]));
    private readonly double mostFromPlaceName = MostGain(weights.Model.Features[Comparison.PlaceNameFeature]);
    private readonly double mostFromText = MostGain(weights.Model.Features[Comparison.TextFeature]);

    private static double MostGain(FeatureParameters feature) => Math.Max(0, feature.Levels.Max(level => level.Weight));

    // The text level that adds most: with it in place of the texts' own, a sum (taken in the same
    // order) can only be higher, since adding a larger number never gives a smaller float.
    private readonly int bestTextLevel = BestLevel(weights.Model.Features[Comparison.TextFeature]);

    private static int BestLevel(FeatureParameters feature) =>
        Enumerable.Range(0, feature.Levels.Count).MaxBy(level => feature.Levels[level].Weight);

    private double Sum(ReadOnlySpan<int> levels)
    {
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
