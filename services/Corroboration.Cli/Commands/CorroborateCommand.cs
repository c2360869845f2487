using System.Diagnostics;
using System.Text.Json;
using Corroboration.Cli.Pipeline;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro corroborate</c>: reports in, incidents out, through the batch path (or, with
/// <c>--pipeline</c>, the services' message pipeline). A bad line is reported with its number
/// and skipped; everything else is processed.
/// </summary>
public static class CorroborateCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("in", "out", "db", "model", "learn-model", "pipeline", "stats");
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
        var (model, pairs) = (MatchModel.Default, 0);
        if (line.Optional("learn-model") is not null)
        {
            progress.Show("learning the match model (EM)", force: true);
            (model, pairs) = ModelLearning.Learn(ReadableReports(input));
        }
        if (line.Optional("model") is { } modelFile)
        {
            await File.WriteAllTextAsync(modelFile, JsonSerializer.Serialize(model, new JsonSerializerOptions(InterchangeJson.Options) { WriteIndented = true }));
        }
        var stages = new BatchStages();
        var outcome = line.Optional("pipeline") is not null
            ? await PipelineRun.RunAsync(input, await PipelineRun.ReadAsync(input), database, model, output, progress)
            : await BatchRun.RunAsync(input, database, model, output, progress, stages);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"corroborate: {outcome.Reports} reports ({outcome.Rejected} lines rejected) → "
            + $"{outcome.Incidents} incidents ({string.Join(", ", outcome.Grades.OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Value}"))}) "
            + $"in {seconds:0.0} s ({outcome.Reports / Math.Max(seconds, 0.001):0} reports/s) → {output}" + (pairs > 0 ? $"; match model learned by EM from {pairs} compared pairs" : ""));
        if (line.Optional("stats") is not null)
        {
            Console.WriteLine($"stages: {stages}");
        }
        return BatchRun.ExitCode(outcome);
    }

    /// <summary>The reports of the file that can be read, one at a time (learning needs no line numbers: the run tells bad lines).</summary>
    private static IEnumerable<ReportPayload> ReadableReports(string input) =>
        File.ReadLines(input).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonlReader.Parse<ReportPayload>(0, l).Value).OfType<ReportPayload>();
}
