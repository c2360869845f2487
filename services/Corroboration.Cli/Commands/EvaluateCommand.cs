using System.Globalization;
using Corroboration.Cli.Pipeline;
using Corroboration.Core.Evaluation;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro evaluate</c>: runs the batch exactly as <c>corroborate</c> does and scores the
/// incidents against a gold TSV, printing the figures score.py prints for the same file.
/// </summary>
public static class EvaluateCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("in", "gold", "out", "db");
        var input = line.Required("in");
        var goldFile = line.Required("gold");
        var database = Path.GetFullPath(line.Optional("db") ?? "corro-batch.db");
        if (!ScoredBatch.InputsExist(input, goldFile))
        {
            return 1;
        }
        Dictionary<string, string> gold;
        try
        {
            gold = ClusterMetrics.ReadGold(File.ReadLines(goldFile));
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"corro: {goldFile}: {ex.Message}");
            return 1;
        }
        var kept = line.Optional("out");
        var run = await ScoredBatch.RunAsync(input, database, kept);
        var evaluation = ClusterMetrics.Evaluate(gold, ClusterMetrics.Assign(gold, run.Incidents));
        Console.WriteLine(ScoredBatch.Summary("evaluate", run, kept));
        Console.WriteLine(
            $"reports={evaluation.Reports} unassigned={evaluation.Unassigned} "
            + $"predicted_clusters={evaluation.PredictedClusters} gold_clusters={evaluation.GoldClusters}");
        Console.WriteLine($"pairwise {Figures(evaluation.Pairwise)}");
        Console.WriteLine($"bcubed {Figures(evaluation.BCubed)}");
        return BatchRun.ExitCode(run.Outcome);
    }

    // "F3" rounds as Python's ":.3f" does (0.0625 → 0.062); "0.000" does not (→ 0.063).
    private static string Figures(ClusterScore score) => string.Create(
        CultureInfo.InvariantCulture, $"P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
}
