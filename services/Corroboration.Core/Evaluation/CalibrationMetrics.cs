using Corroboration.Contracts;

namespace Corroboration.Core.Evaluation;

/// <summary>
/// Calibration of incident confidence against known truth: each predicted incident is one case,
/// real or hoax by <see cref="VeracityGold.Truth"/>; incidents with no gold report are left out.
/// </summary>
public static class CalibrationMetrics
{
    public const int DefaultBins = 10;

    public static CalibrationEvaluation Evaluate(VeracityGold gold, IEnumerable<IncidentPayload> incidents, int bins = DefaultBins)
    {
        var cases = incidents
            .Select(i => (Incident: i, Truth: gold.Truth(i.ReportIds)))
            .Where(c => c.Truth is not null)
            .Select(c => (c.Incident.Confidence, c.Incident.ReportIds.Count, Real: c.Truth!.Value))
            .ToList();
        var table = Bins(cases.Select(c => (c.Confidence, c.Real)).ToList(), bins);
        return new CalibrationEvaluation(
            cases.Count,
            cases.Count(c => c.Real),
            cases.Count(c => !c.Real),
            ExpectedCalibrationError(table),
            Auc(cases.Select(c => (c.Confidence, c.Real)).ToList()),
            Auc(cases.Select(c => ((double)c.Count, c.Real)).ToList()),
            table);
    }

    /// <summary>
    /// Equal-width bins over [0, 1], the last closed so a confidence of 1 counts; every bin is
    /// listed, empty ones with zero count and zero means.
    /// </summary>
    public static IReadOnlyList<CalibrationBin> Bins(IReadOnlyList<(double Confidence, bool Real)> cases, int count = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var byBin = cases.ToLookup(c => Math.Min(count - 1, (int)Math.Floor(Math.Clamp(c.Confidence, 0, 1) * count)));
        return Enumerable.Range(0, count).Select(b =>
        {
            var inBin = byBin[b].ToList();
            return new CalibrationBin(
                (double)b / count,
                (double)(b + 1) / count,
                inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(c => c.Confidence),
                inBin.Count == 0 ? 0 : inBin.Average(c => c.Real ? 1.0 : 0.0));
        }).ToList();
    }

    /// <summary>The gap between mean confidence and the share real, per bin, weighted by the bin's share of cases.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<CalibrationBin> bins)
    {
        var total = bins.Sum(b => b.Count);
        return total == 0 ? 0 : bins.Sum(b => (double)b.Count / total * Math.Abs(b.MeanConfidence - b.Observed));
    }

    /// <summary>
    /// The probability that a random real case scores above a random hoax (Mann–Whitney), ties
    /// counting half; 0.5 when either class is empty, as nothing separates them.
    /// </summary>
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> cases)
    {
        var positives = cases.Count(c => c.Positive);
        var negatives = cases.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0.5;
        }
        // Rank sum with average ranks for ties: O(n log n) rather than comparing every pair.
        var sorted = cases.OrderBy(c => c.Score).ToList();
        var positiveRanks = 0.0;
        for (var i = 0; i < sorted.Count;)
        {
            var (j, tiedPositives) = (i, 0);
            for (; j < sorted.Count && sorted[j].Score == sorted[i].Score; j++)
            {
                tiedPositives += sorted[j].Positive ? 1 : 0;
            }
            positiveRanks += (i + 1 + j) / 2.0 * tiedPositives; // ranks i+1 … j share their mean
            i = j;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
