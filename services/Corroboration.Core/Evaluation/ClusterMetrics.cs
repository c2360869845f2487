using Corroboration.Contracts;

namespace Corroboration.Core.Evaluation;

/// <summary>
/// Pairwise and B-cubed precision, recall and F1 of predicted incidents against gold ones, with
/// the same rules and arithmetic as the shared score.py, so the two print the same figures.
/// Assignments map report id to incident id. Only gold reports count: a predicted report
/// without a gold label is ignored, and a gold report without a prediction is a singleton.
/// </summary>
public static class ClusterMetrics
{
    /// <summary>
    /// Reads gold TSV lines: report id, tab, gold incident; further columns are ignored. A later
    /// line for the same report wins and blank lines are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line has no tab.</exception>
    public static Dictionary<string, string> ReadGold(IEnumerable<string> lines)
    {
        // Insertion order is kept (an overwrite keeps its place), as in score.py's dict, so
        // B-cubed sums its terms in the same order and rounds the same way.
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, fields) in GoldTsv.Rows(lines))
        {
            gold[fields[0]] = fields[1];
        }
        return gold;
    }

    /// <summary>Puts each gold report in the first incident that lists it; the rest stay out.</summary>
    public static Dictionary<string, string> Assign(IReadOnlyDictionary<string, string> gold, IEnumerable<IncidentPayload> incidents)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            foreach (var reportId in incident.ReportIds.Where(gold.ContainsKey))
            {
                predicted.TryAdd(reportId, incident.Id);
            }
        }
        return predicted;
    }

    public static ClusterEvaluation Evaluate(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var table = Table.Of(gold, predicted);
        return new ClusterEvaluation(
            gold.Count,
            gold.Keys.Count(id => !predicted.ContainsKey(id)),
            table.PredictedSizes.Count,
            table.GoldSizes.Count,
            Pairwise(table),
            BCubed(table));
    }

    /// <summary>Over pairs of reports: shares of predicted pairs that are gold pairs (P) and of gold pairs predicted (R).</summary>
    public static ClusterScore Pairwise(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted) =>
        Pairwise(Table.Of(gold, predicted));

    /// <summary>Per report, averaged: the share of its predicted cluster in its gold cluster (P) and the reverse (R).</summary>
    public static ClusterScore BCubed(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted) =>
        BCubed(Table.Of(gold, predicted));

    private static ClusterScore Pairwise(Table table)
    {
        static long Pairs(int n) => (long)n * (n - 1) / 2;
        var truePairs = table.Cells.Values.Sum(Pairs);
        var goldPairs = table.GoldSizes.Values.Sum(Pairs);
        var predictedPairs = table.PredictedSizes.Values.Sum(Pairs);
        // No pairs to get wrong (or to miss) scores 1, as in score.py.
        return ClusterScore.Of(
            predictedPairs > 0 ? (double)truePairs / predictedPairs : 1.0,
            goldPairs > 0 ? (double)truePairs / goldPairs : 1.0);
    }

    private static ClusterScore BCubed(Table table)
    {
        if (table.Items.Count == 0)
        {
            return ClusterScore.Of(1.0, 1.0); // nothing to score; score.py would divide by zero
        }
        double precision = 0, recall = 0;
        foreach (var (gold, predicted) in table.Items)
        {
            var both = table.Cells[(gold, predicted)];
            precision += (double)both / table.PredictedSizes[predicted];
            recall += (double)both / table.GoldSizes[gold];
        }
        return ClusterScore.Of(precision / table.Items.Count, recall / table.Items.Count);
    }

    /// <summary>
    /// Cluster sizes and their overlaps over the gold reports. A report without prediction gets a
    /// label of its own that no incident id can collide with.
    /// </summary>
    private sealed record Table(
        List<(string Gold, PredictedLabel Predicted)> Items,
        Dictionary<string, int> GoldSizes,
        Dictionary<PredictedLabel, int> PredictedSizes,
        Dictionary<(string Gold, PredictedLabel Predicted), int> Cells)
    {
        public static Table Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
        {
            var table = new Table([], new(StringComparer.Ordinal), [], []);
            foreach (var (reportId, goldLabel) in gold)
            {
                var label = predicted.TryGetValue(reportId, out var incident) ? new PredictedLabel(incident, false) : new PredictedLabel(reportId, true);
                table.Items.Add((goldLabel, label));
                Increment(table.GoldSizes, goldLabel);
                Increment(table.PredictedSizes, label);
                Increment(table.Cells, (goldLabel, label));
            }
            return table;
        }

        private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
            where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private readonly record struct PredictedLabel(string Id, bool Singleton);
}
