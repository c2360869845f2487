namespace Corroboration.Core.Matching;

/// <summary>
/// Expectation–maximisation for the Fellegi–Sunter model on unlabelled comparisons, as Splink
/// does: guess each pair's match probability from the current m, u and prior, re-estimate them
/// from those guesses, repeat until they settle. Features are assumed independent given the
/// match status; a missing level tells nothing and is skipped. With <c>fixU</c> the u values
/// stay as given (estimated from random pairs, which are almost all non-matches): EM then only
/// learns m and the prior, and cannot mistake "written by the same template" for "same incident".
/// </summary>
public static class EmEstimator
{
    /// <summary>Keeps every probability away from 0 and 1, so no weight becomes infinite.</summary>
    private const double Smoothing = 1.0;

    public static MatchModel Estimate(IReadOnlyList<int[]> comparisons, MatchModel start, bool fixU = false, int maxIterations = 200, double tolerance = 1e-6)
    {
        if (comparisons.Count == 0)
        {
            return start;
        }
        var prior = start.Prior;
        var m = start.Features.Select(f => f.Levels.Select(l => l.M).ToArray()).ToArray();
        var u = start.Features.Select(f => f.Levels.Select(l => l.U).ToArray()).ToArray();
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var mSum = m.Select(levels => new double[levels.Length]).ToArray();
            var uSum = u.Select(levels => new double[levels.Length]).ToArray();
            var matches = 0.0;
            foreach (var levels in comparisons)
            {
                var match = MatchProbability(levels, prior, m, u);
                matches += match;
                for (var f = 0; f < levels.Length; f++)
                {
                    if (levels[f] != Comparison.Missing)
                    {
                        mSum[f][levels[f]] += match;
                        uSum[f][levels[f]] += 1 - match;
                    }
                }
            }
            var newPrior = Math.Clamp(matches / comparisons.Count, 1e-6, 1 - 1e-6);
            var change = Math.Abs(newPrior - prior);
            for (var f = 0; f < m.Length; f++)
            {
                change = Math.Max(change, Normalize(mSum[f], m[f]));
                if (!fixU)
                {
                    change = Math.Max(change, Normalize(uSum[f], u[f]));
                }
            }
            prior = newPrior;
            if (change < tolerance)
            {
                break;
            }
        }
        return new MatchModel(prior, start.Features.Select((feature, f) => feature with
        {
            Levels = feature.Levels.Select((level, l) => level with { M = m[f][l], U = u[f][l] }).ToList(),
        }).ToList());
    }

    public static double MatchProbability(int[] levels, double prior, double[][] m, double[][] u)
    {
        var logOdds = Math.Log(prior / (1 - prior));
        for (var f = 0; f < levels.Length; f++)
        {
            if (levels[f] != Comparison.Missing)
            {
                logOdds += Math.Log(m[f][levels[f]] / u[f][levels[f]]);
            }
        }
        return 1 / (1 + Math.Exp(-logOdds));
    }

    /// <summary>Turns counts into smoothed probabilities in place; returns the largest change.</summary>
    public static double Normalize(double[] counts, double[] into)
    {
        var total = counts.Sum() + Smoothing;
        var change = 0.0;
        for (var l = 0; l < counts.Length; l++)
        {
            var value = (counts[l] + Smoothing / counts.Length) / total;
            change = Math.Max(change, Math.Abs(value - into[l]));
            into[l] = value;
        }
        return change;
    }
}
