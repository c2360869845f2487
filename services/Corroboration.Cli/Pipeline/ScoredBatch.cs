using System.Diagnostics;
using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// A batch run for measuring, the part <c>evaluate</c> and <c>calibrate</c> share: runs the
/// batch as <c>corroborate</c> does and reads the incidents back from the file written, as
/// score.py reads them. Without a file to keep, the output is scratch and deleted.
/// </summary>
public static class ScoredBatch
{
    /// <summary>False, with a message, when one of the files is missing.</summary>
    public static bool InputsExist(params string[] files)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"corro: file '{file}' not found");
                return false;
            }
        }
        return true;
    }

    public static async Task<ScoredBatchResult> RunAsync(string input, string database, string? kept)
    {
        var output = kept ?? Path.GetTempFileName();
        try
        {
            var clock = Stopwatch.StartNew();
            var outcome = await BatchRun.RunAsync(input, database, MatchModel.Default, output, ProgressLine.ForStandardError(), new BatchStages());
            var incidents = File.ReadLines(output).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();
            return new ScoredBatchResult(outcome, incidents, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (kept is null)
            {
                File.Delete(output);
            }
        }
    }

    /// <summary>The first line every measuring command prints: what ran, how fast, and where the incidents went.</summary>
    public static string Summary(string command, ScoredBatchResult run, string? kept) =>
        $"{command}: {run.Outcome.Reports} reports ({run.Outcome.Rejected} lines rejected) → {run.Outcome.Incidents} incidents "
        + $"in {run.Seconds:0.0} s ({run.Outcome.Reports / Math.Max(run.Seconds, 0.001):0} reports/s)" + (kept is null ? "" : $" → {kept}");
}
