namespace Corroboration.Core.Matching;

/// <summary>
/// Learns a match model from unlabelled claims: pairs the claims the blocking keys would put
/// side by side (the pairs the matcher really judges), compares each pair, and runs EM on the
/// comparisons. Deterministic for a given input order.
/// </summary>
public static class MatchModelTrainer
{
    private const int MaxCandidatesPerClaim = 20;
    private const int MaxPairs = 300_000;
    private const int MaxPerKey = 200;

    private const int RandomPairs = 100_000;

    /// <summary>
    /// u from random pairs (nearly all non-matches, so their level frequencies are u), then m and
    /// the prior by EM on the blocked pairs with u held fixed — Splink's recipe.
    /// </summary>
    public static (MatchModel Model, int Pairs) Train(IReadOnlyList<ClaimProfile> claims, MatchModel start)
    {
        if (claims.Count < 2)
        {
            return (start, 0);
        }
        var withU = EstimateU(claims, start);
        var comparisons = BlockedPairs(claims).Select(pair => Compare(claims, pair)).ToList();
        return (EmEstimator.Estimate(comparisons, withU, fixU: true), comparisons.Count);
    }

    private static MatchModel EstimateU(IReadOnlyList<ClaimProfile> claims, MatchModel start)
    {
        var random = new Random(claims.Count);
        var counts = start.Features.Select(f => new double[f.Levels.Count]).ToArray();
        for (var n = 0; n < RandomPairs; n++)
        {
            var (a, b) = (random.Next(claims.Count), random.Next(claims.Count));
            if (claims[a].ReportId == claims[b].ReportId)
            {
                continue;
            }
            var levels = Compare(claims, (a, b));
            for (var f = 0; f < levels.Length; f++)
            {
                if (levels[f] != Comparison.Missing)
                {
                    counts[f][levels[f]]++;
                }
            }
        }
        return start with
        {
            Features = start.Features.Select((feature, f) =>
            {
                var u = new double[feature.Levels.Count];
                EmEstimator.Normalize(counts[f], u);
                return feature with { Levels = feature.Levels.Select((level, l) => level with { U = u[l] }).ToList() };
            }).ToList(),
        };
    }

    private static int[] Compare(IReadOnlyList<ClaimProfile> claims, (int A, int B) pair) =>
        Comparison.Compare(claims[pair.A], IncidentProfile.Build([claims[pair.B]])).Levels;

    /// <summary>Pairs of claims sharing blocking keys, most shared keys first, claims of one report never paired.</summary>
    private static IEnumerable<(int A, int B)> BlockedPairs(IReadOnlyList<ClaimProfile> claims)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var emitted = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var key in BlockingKeys.ForClaim(claims[i]))
            {
                // Only the most recent claims under a key: a common word must not pair everything with everything.
                foreach (var j in (index.GetValueOrDefault(key) ?? []).TakeLast(MaxPerKey))
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }
            foreach (var j in shared.Where(s => claims[s.Key].ReportId != claims[i].ReportId)
                         .OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(MaxCandidatesPerClaim).Select(s => s.Key))
            {
                if (emitted++ >= MaxPairs)
                {
                    yield break;
                }
                yield return (i, j);
            }
            foreach (var key in BlockingKeys.ForIncident(IncidentProfile.Build([claims[i]])))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }
                list.Add(i);
            }
        }
    }
}
