using System.Diagnostics;
using System.Text.Json;
using Corroboration.Cli.Pipeline;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Ingest.Intake;

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
        DeleteDatabase(database);
        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.ForStandardError();
        var counts = new Dictionary<IntakeOutcome, int>();
        var badLines = 0;
        var lines = await ReadAllAsync(input);
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
        await using var pipeline = await EmbeddedPipeline.StartAsync(database, model, CancellationToken.None);
        foreach (var item in lines)
        {
            if (item.Value is null)
            {
                badLines++;
                progress.Clear();
                Console.Error.WriteLine($"{input}:{item.LineNumber}: {item.Error}; line skipped");
                continue;
            }
            var result = await pipeline.SubmitAsync(item.Value, CancellationToken.None);
            counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
            if (result.Outcome == IntakeOutcome.Rejected)
            {
                progress.Clear();
                Console.Error.WriteLine($"{input}:{item.LineNumber}: report '{result.Id}' rejected: "
                    + string.Join("; ", result.Violations.Select(v => $"{v.Field} {v.Description}")));
            }
            progress.Show($"read {item.LineNumber} lines, {pipeline.Tracker.Received} messages processed");
        }
        await pipeline.Tracker.WaitUntilIdleAsync(
            () => progress.Show($"matching and scoring: {pipeline.Tracker.Pending} messages to go"), CancellationToken.None);
        progress.Clear();
        var grades = await WriteIncidentsAsync(pipeline, output);
        var reports = counts.Where(c => c.Key != IntakeOutcome.Rejected).Sum(c => c.Value);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"corroborate: {reports} reports ({counts.GetValueOrDefault(IntakeOutcome.Rejected) + badLines} lines rejected) → "
            + $"{grades.Values.Sum()} incidents ({string.Join(", ", grades.OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Value}"))}) "
            + $"in {seconds:0.0} s ({reports / Math.Max(seconds, 0.001):0} reports/s) → {output}" + (pairs > 0 ? $"; match model learned by EM from {pairs} blocked pairs" : ""));
        if (pipeline.Tracker.Faults > 0)
        {
            Console.Error.WriteLine($"corro: {pipeline.Tracker.Faults} messages failed after retries; see the log above");
            return 1;
        }
        return 0;
    }

    private static async Task<List<JsonlLine<ReportPayload>>> ReadAllAsync(string input)
    {
        var lines = new List<JsonlLine<ReportPayload>>();
        using var reader = new StreamReader(input);
        await foreach (var item in JsonlReader.ReadAsync<ReportPayload>(reader))
        {
            lines.Add(item);
        }
        return lines;
    }

    private static async Task<Dictionary<string, int>> WriteIncidentsAsync(EmbeddedPipeline pipeline, string output)
    {
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var writer = new StreamWriter(output);
        await foreach (var json in pipeline.IncidentJsonAsync(CancellationToken.None))
        {
            var incident = JsonSerializer.Deserialize<IncidentPayload>(json, InterchangeJson.Options)!;
            grades[incident.Grade] = grades.GetValueOrDefault(incident.Grade) + 1;
            await writer.WriteLineAsync(json);
        }
        return grades;
    }

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
