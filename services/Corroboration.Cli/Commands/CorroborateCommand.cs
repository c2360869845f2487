using System.Diagnostics;
using System.Text.Json;
using Corroboration.Cli.Pipeline;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro corroborate</c>: reports in, incidents out, through the real pipeline. A bad line
/// is reported with its number and skipped; everything else is processed.
/// </summary>
public static class CorroborateCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("in", "out", "db", "model", "learn-model");
        var input = line.Required("in");
        var output = line.Required("out");
        var database = Path.GetFullPath(line.Optional("db") ?? "corro-batch.db");
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"corro: input file '{input}' not found");
            return 1;
        }
        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.ForStandardError();
        var lines = await BatchRun.ReadAsync(input);
        var (model, pairs) = (MatchModel.Default, 0);
        if (line.Optional("learn-model") is not null)
        {
            progress.Show("learning the match model (EM)", force: true);
            (model, pairs) = ModelLearning.Learn(lines.Where(l => l.Value is not null).Select(l => l.Value!));
        }
        if (line.Optional("model") is { } modelFile)
        {
            await File.WriteAllTextAsync(modelFile, JsonSerializer.Serialize(model, new JsonSerializerOptions(InterchangeJson.Options) { WriteIndented = true }));
        }
        var outcome = await BatchRun.RunAsync(input, lines, database, model, output, progress);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"corroborate: {outcome.Reports} reports ({outcome.Rejected} lines rejected) → "
            + $"{outcome.Incidents} incidents ({string.Join(", ", outcome.Grades.OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Value}"))}) "
            + $"in {seconds:0.0} s ({outcome.Reports / Math.Max(seconds, 0.001):0} reports/s) → {output}" + (pairs > 0 ? $"; match model learned by EM from {pairs} compared pairs" : ""));
        return BatchRun.ExitCode(outcome);
    }
}
