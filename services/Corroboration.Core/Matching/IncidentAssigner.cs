namespace Corroboration.Core.Matching;

/// <summary>
/// Incremental clustering: a claim joins the best-matching candidate incident when its weight
/// reaches the link threshold, and every other candidate that it matches clearly (threshold
/// plus a margin, so that chains of weak links do not snowball) is merged in, since the claim
/// shows they describe the same event.
/// </summary>
public sealed class IncidentAssigner(MatchScorer scorer)
{
    public MatchScorer Scorer => scorer;

    public Assignment Assign(ClaimProfile claim, IReadOnlyDictionary<string, IncidentProfile> candidates)
    {
        var linked = candidates
            .Select(c => (Id: c.Key, Decision: scorer.Score(claim, c.Value)))
            .Where(c => c.Decision.Weight >= scorer.Weights.LinkThreshold)
            .OrderByDescending(c => c.Decision.Weight)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        if (linked.Count == 0)
        {
            return new Assignment(null, [], null);
        }
        var best = linked[0];
        var bridged = linked.Skip(1).Where(c => c.Decision.Weight >= scorer.Weights.LinkThreshold + scorer.Weights.MergeMargin);
        return new Assignment(best.Id, bridged.Select(c => c.Id).ToList(), best.Decision);
    }
}
