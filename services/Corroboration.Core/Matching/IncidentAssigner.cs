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

    private static readonly Comparison<(string Id, double Weight)> ByWeightThenId =
        (a, b) => b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(a.Id, b.Id);

    /// <summary>
    /// Where the claim goes among its candidates; <paramref name="explained"/> false leaves the
    /// joined incident's <see cref="Assignment.Decision"/> out, for a caller that keeps none.
    /// </summary>
    public Assignment Assign(ClaimProfile claim, IReadOnlyDictionary<string, IncidentProfile> candidates, bool explained = true)
    {
        var weights = scorer.Weights;
        // Ranked by weight alone; only the incident the claim joins is explained. A candidate that
        // cannot reach the lowest weight anything below acts on (a neighbour's) is only bounded.
        var floor = Math.Min(weights.LinkThreshold - weights.NeighbourMargin, Math.Min(weights.LinkThreshold, weights.LinkThreshold + weights.MergeMargin));
        // One below the floor is neither joined, bridged nor a neighbour: only the rest are ranked.
        var scored = new (string Id, double Weight)[candidates.Count];
        var count = 0;
        foreach (var (id, incident) in candidates)
        {
            var weight = scorer.Weight(claim, incident, floor);
            if (weight >= floor)
            {
                scored[count++] = (id, weight);
            }
        }
        var ranked = scored.AsSpan(0, count);
        ranked.Sort(ByWeightThenId);
        if (count == 0 || ranked[0].Weight < weights.LinkThreshold)
        {
            return new Assignment(null, [], null);
        }
        var best = ranked[0].Id;
        var bridged = new List<string>();
        var neighbours = new List<string>();
        foreach (var (id, weight) in ranked[1..])
        {
            if (weight >= weights.LinkThreshold + weights.MergeMargin && CouldBeOne(candidates[best], candidates[id]))
            {
                bridged.Add(id);
            }
            else if (weight >= weights.LinkThreshold - weights.NeighbourMargin)
            {
                neighbours.Add(id);
            }
        }
        return new Assignment(best, bridged, explained ? scorer.Score(claim, candidates[best]) : null, neighbours);
    }

    /// <summary>
    /// Whether a claim may bridge two incidents: not when their dates lie over a week apart. A
    /// claim without a date matches every incident at its place on place and words alone, and
    /// would otherwise chain a village's strikes of several years into one.
    /// </summary>
    private static bool CouldBeOne(IncidentProfile a, IncidentProfile b) =>
        a.Date is not { } first || b.Date is not { } second || first.GapDays(second) <= MaxBridgedGapDays;

    private const int MaxBridgedGapDays = 7;

    /// <summary>
    /// The neighbours that turn out to be the grown incident: an English and an Arabic cluster of
    /// one strike, say, that no single report bridged. Each is judged by its latest claims' average
    /// weight against the grown incident; one sharing a report with it never is (a report's claims
    /// are different incidents). <paramref name="grownReports"/> is read only if some neighbour
    /// could weigh enough: a grown incident may hold thousands of reports.
    /// </summary>
    public IReadOnlyList<string> Rejoined(IncidentProfile grown, IEnumerable<string> grownReports, IReadOnlyDictionary<string, IReadOnlyList<ClaimProfile>> neighbours)
    {
        HashSet<string>? reports = null;
        var rejoined = new List<string>();
        foreach (var (id, claims) in neighbours.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            // The sample is first weighed as if its texts matched the grown incident's: most
            // neighbours fall short even so, and are passed over without comparing texts, many on
            // a bound from their dates and distances, before their lists of names are walked (an
            // average of bounds is at least the average of what they bound). The reports are
            // checked against those of neighbours already taken too: two of them may hold claims
            // of one report.
            var sample = claims.TakeLast(RejoinSample);
            if (claims.Count > 0
                && ReachesRejoin(sample, c => scorer.MostWeightBound(c, grown))
                && ReachesRejoin(sample, c => scorer.MostWeight(c, grown))
                && claims.All(c => !(reports ??= new HashSet<string>(grownReports, StringComparer.Ordinal)).Contains(c.ReportId))
                && ReachesRejoin(sample, c => scorer.Weight(c, grown)))
            {
                rejoined.Add(id);
                reports!.UnionWith(claims.Select(c => c.ReportId));
            }
        }
        return rejoined;
    }

    private bool ReachesRejoin(IEnumerable<ClaimProfile> sample, Func<ClaimProfile, double> weigh) =>
        sample.Average(weigh) >= scorer.Weights.RejoinWeight;
}
