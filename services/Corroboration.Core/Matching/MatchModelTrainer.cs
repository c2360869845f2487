namespace Corroboration.Core.Matching;

/// <summary>
/// Learns a match model from unlabelled claims, comparing claims pairwise as the matcher compares
/// a claim with an incident. Deterministic for a given input order.
/// </summary>
public static class MatchModelTrainer
{
    private const int MaxPairs = 300_000;
    private const int MaxPerKey = 60;
    private const int MinSessionPairs = 50;
    private const int RandomPairCount = 200_000;

    /// <summary>
    /// Splink's recipe. u from random pairs (nearly all non-matches, so their level frequencies
    /// are u). m by EM in sessions, each on pairs that agree exactly on one thing (same day; same
    /// place) with that thing left out, since it cannot be learned from pairs chosen for it: the
    /// day session learns m for place, text and the rest, the place session m for the date. Last,
    /// the share of random pairs that match (the prior) by EM with m and u held.
    /// </summary>
    public static (MatchModel Model, int Pairs) Train(IReadOnlyList<ClaimProfile> claims, MatchModel start)
    {
        if (claims.Count < 2)
        {
            return (start, 0);
        }
        var rarity = new TermRarity();
        foreach (var report in claims.GroupBy(c => c.ReportId))
        {
            rarity.Observe(report.First().Terms);
        }
        var random = RandomPairs(claims).Select(pair => Compare(claims, pair, rarity)).ToList();
        var model = WithU(start, random);
        var sessions = new[]
        {
            (Masked: new[] { 0 }, Pairs: PairsAgreeingOn(claims, c => c.Date is { IsDay: true } d ? d.From.ToString("O") : null)),
            (Masked: new[] { 1, 2 }, Pairs: PairsAgreeingOn(claims, c => c.PlaceIsRegion ? null : c.PlaceKey)),
        };
        var learned = model.Features.Select(_ => new List<IReadOnlyList<LevelParameters>>()).ToArray();
        var pairs = 0;
        foreach (var (masked, sessionPairs) in sessions)
        {
            var comparisons = sessionPairs.Select(pair => Mask(Compare(claims, pair, rarity), masked)).ToList();
            pairs += comparisons.Count;
            if (comparisons.Count < MinSessionPairs)
            {
                continue;
            }
            var estimate = EmEstimator.Estimate(comparisons, model with { Prior = 0.5 }, fixU: true);
            for (var f = 0; f < model.Features.Count; f++)
            {
                if (!masked.Contains(f) && comparisons.Count(c => c[f] != Comparison.Missing) >= MinSessionPairs)
                {
                    learned[f].Add(estimate.Features[f].Levels);
                }
            }
        }
        model = model with
        {
            Features = model.Features.Select((feature, f) => learned[f].Count == 0 ? feature : feature with
            {
                Levels = feature.Levels.Select((level, l) => level with { M = learned[f].Average(levels => levels[l].M) }).ToList(),
            }).ToList(),
        };
        return (model with { Prior = EstimatePrior(random, model) }, pairs + random.Count);
    }

    /// <summary>The share of random pairs that match, by EM with m and u fixed.</summary>
    private static double EstimatePrior(List<int[]> random, MatchModel model)
    {
        var m = model.Features.Select(f => f.Levels.Select(l => l.M).ToArray()).ToArray();
        var u = model.Features.Select(f => f.Levels.Select(l => l.U).ToArray()).ToArray();
        var prior = 0.01;
        for (var iteration = 0; iteration < 100 && random.Count > 0; iteration++)
        {
            var next = Math.Clamp(random.Average(levels => EmEstimator.MatchProbability(levels, prior, m, u)), 1e-7, 0.5);
            if (Math.Abs(next - prior) < 1e-9)
            {
                break;
            }
            prior = next;
        }
        return prior;
    }

    private static int[] Mask(int[] levels, int[] masked)
    {
        foreach (var f in masked)
        {
            levels[f] = Comparison.Missing;
        }
        return levels;
    }

    private static IEnumerable<(int A, int B)> RandomPairs(IReadOnlyList<ClaimProfile> claims)
    {
        var random = new Random(claims.Count);
        // A small batch has few distinct pairs: drawing far more would only repeat them.
        var draws = Math.Min(RandomPairCount, (long)claims.Count * (claims.Count - 1) / 2);
        for (var n = 0; n < draws; n++)
        {
            var (a, b) = (random.Next(claims.Count), random.Next(claims.Count));
            if (claims[a].ReportId != claims[b].ReportId)
            {
                yield return (a, b);
            }
        }
    }

    private static MatchModel WithU(MatchModel start, List<int[]> random)
    {
        var counts = start.Features.Select(f => new double[f.Levels.Count]).ToArray();
        foreach (var levels in random)
        {
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
                // Add-one per level: a level no random pair showed is rare, not impossible
                // (a u of 1e-6 would make its weight +12 on one unlucky sample).
                var total = counts[f].Sum() + u.Length;
                for (var l = 0; l < u.Length; l++)
                {
                    u[l] = (counts[f][l] + 1) / total;
                }
                return feature with { Levels = feature.Levels.Select((level, l) => level with { U = u[l] }).ToList() };
            }).ToList(),
        };
    }

    private static int[] Compare(IReadOnlyList<ClaimProfile> claims, (int A, int B) pair, TermRarity rarity) =>
        Comparison.Compare(claims[pair.A], IncidentProfile.Build([claims[pair.B]]), rarity).Levels;

    /// <summary>Pairs of claims (of different reports) with the same non-null key, at most a bounded number per key.</summary>
    private static IEnumerable<(int A, int B)> PairsAgreeingOn(IReadOnlyList<ClaimProfile> claims, Func<ClaimProfile, string?> key)
    {
        var emitted = 0;
        foreach (var group in Enumerable.Range(0, claims.Count).GroupBy(i => key(claims[i])).Where(g => g.Key is not null))
        {
            var members = group.Take(MaxPerKey).ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (claims[members[x]].ReportId == claims[members[y]].ReportId)
                    {
                        continue;
                    }
                    if (emitted++ >= MaxPairs)
                    {
                        yield break;
                    }
                    yield return (members[x], members[y]);
                }
            }
        }
    }
}
