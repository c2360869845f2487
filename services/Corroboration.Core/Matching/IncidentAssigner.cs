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

    private const int RejoinSample = 8;

    public Assignment Assign(ClaimProfile claim, IReadOnlyDictionary<string, IncidentProfile> candidates)
    {
        var weights = scorer.Weights;
        var scored = candidates
            .Select(c => (Id: c.Key, Decision: scorer.Score(claim, c.Value)))
            .OrderByDescending(c => c.Decision.Weight)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0 || scored[0].Decision.Weight < weights.LinkThreshold)
        {
            return new Assignment(null, [], null);
        }
        var best = scored[0];
        var bridged = scored.Skip(1).Where(c => c.Decision.Weight >= weights.LinkThreshold + weights.MergeMargin).Select(c => c.Id).ToList();
        var neighbours = scored.Skip(1 + bridged.Count).Where(c => c.Decision.Weight >= weights.LinkThreshold - weights.NeighbourMargin).Select(c => c.Id).ToList();
        return new Assignment(best.Id, bridged, best.Decision, neighbours);
    }

    /// <summary>
    /// The neighbours that turn out to be the grown incident: an English and an Arabic cluster of
    /// one strike, say, that no single report bridged. Each is judged by its latest claims' average
    /// weight against the grown incident; one sharing a report with it never is (a report's claims
    /// are different incidents).
    /// </summary>
    public IReadOnlyList<string> Rejoined(IncidentProfile grown, IReadOnlySet<string> grownReports, IReadOnlyDictionary<string, IReadOnlyList<ClaimProfile>> neighbours)
    {
        var reports = new HashSet<string>(grownReports, StringComparer.Ordinal);
        var rejoined = new List<string>();
        foreach (var (id, claims) in neighbours.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            // Checked against the reports of neighbours already taken too: two of them may hold claims of one report.
            if (claims.Count > 0 && claims.All(c => !reports.Contains(c.ReportId))
                && claims.TakeLast(RejoinSample).Average(c => scorer.Score(c, grown).Weight) >= scorer.Weights.RejoinWeight)
            {
                rejoined.Add(id);
                reports.UnionWith(claims.Select(c => c.ReportId));
            }
        }
        return rejoined;
    }
}
