using System.Globalization;
using Corroboration.Cli.Pipeline;
using Corroboration.Core.Evaluation;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro calibrate</c>: runs the batch as <c>corroborate</c> does on a corpus whose truth is
/// known (a synthetic gold TSV says real or hoax per report) and prints how well confidence is
/// calibrated (expected calibration error, reliability table) and how well it separates real
/// incidents from hoaxes (AUC), next to the AUC of simply counting reports.
/// </summary>
public static class CalibrateCommand
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
        VeracityGold gold;
        try
        {
            gold = VeracityGold.Read(File.ReadLines(goldFile));
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"corro: {goldFile}: {ex.Message}");
            return 1;
        }
        if (gold.Reports == 0)
        {
            Console.Error.WriteLine($"corro: {goldFile}: no line says real or hoax in its third column");
            return 1;
        }
        var kept = line.Optional("out");
        var run = await ScoredBatch.RunAsync(input, database, kept);
        var calibration = CalibrationMetrics.Evaluate(gold, run.Incidents);
        Console.WriteLine(ScoredBatch.Summary("calibrate", run, kept));
        Console.WriteLine(Invariant($"incidents={calibration.Incidents} real={calibration.Real} hoax={calibration.Hoax}"));
        Console.WriteLine(Invariant($"ece={calibration.ExpectedCalibrationError:F3} ({calibration.Bins.Count} equal-width bins)"));
        Console.WriteLine(Invariant($"auc confidence={calibration.ConfidenceAuc:F3} report_count={calibration.ReportCountAuc:F3} (real vs hoax)"));
        Console.WriteLine("confidence   incidents  mean_confidence  share_real");
        foreach (var bin in calibration.Bins)
        {
            Console.WriteLine(Invariant($"{bin.From:F1}-{bin.To:F1}    {bin.Count,9}  {(bin.Count == 0 ? "-" : bin.MeanConfidence.ToString("F3", CultureInfo.InvariantCulture)),15}  {(bin.Count == 0 ? "-" : bin.Observed.ToString("F3", CultureInfo.InvariantCulture)),10}"));
        }
        return BatchRun.ExitCode(run.Outcome);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
