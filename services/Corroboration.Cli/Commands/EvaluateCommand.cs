using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Corroboration.Cli.Pipeline;
using Corroboration.Contracts;
using Corroboration.Core.Evaluation;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

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
        foreach (var file in new[] { input, goldFile })
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"corro: file '{file}' not found");
                return 1;
            }
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
        // Scored from the file written, as score.py reads it; without --out the file is scratch.
        var kept = line.Optional("out");
        var output = kept ?? Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            var outcome = await BatchRun.RunAsync(input, await BatchRun.ReadAsync(input), database, MatchModel.Default, output, ProgressLine.ForStandardError());
            var predicted = ClusterMetrics.Assign(gold, File.ReadLines(output).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!));
            var evaluation = ClusterMetrics.Evaluate(gold, predicted);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(
                $"evaluate: {outcome.Reports} reports ({outcome.Rejected} lines rejected) → {outcome.Incidents} incidents "
                + $"in {seconds:0.0} s ({outcome.Reports / Math.Max(seconds, 0.001):0} reports/s)" + (kept is null ? "" : $" → {kept}"));
            Console.WriteLine(
                $"reports={evaluation.Reports} unassigned={evaluation.Unassigned} "
                + $"predicted_clusters={evaluation.PredictedClusters} gold_clusters={evaluation.GoldClusters}");
            Console.WriteLine($"pairwise {Figures(evaluation.Pairwise)}");
            Console.WriteLine($"bcubed {Figures(evaluation.BCubed)}");
            return BatchRun.ExitCode(outcome);
        }
        finally
        {
            if (kept is null)
            {
                File.Delete(output);
            }
        }
    }

    // "F3" rounds as Python's ":.3f" does (0.0625 → 0.062); "0.000" does not (→ 0.063).
    private static string Figures(ClusterScore score) => string.Create(
        CultureInfo.InvariantCulture, $"P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
}
