using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Ingest.Intake;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// <c>corroborate --pipeline</c>: one batch through the services' message pipeline in this
/// process, report by report, as a server would take them — slow, but the reference the batch
/// path (<see cref="BatchRun"/>) is compared with: a fresh database, every report submitted (a bad
/// line or rejected report is told on stderr by its number and skipped), matching and scoring
/// run dry, then every incident written as a JSON line in id order.
/// </summary>
public static class PipelineRun
{
    /// <summary>Reads every line first, so that a model can be learned from the batch before it runs.</summary>
    public static async Task<List<JsonlLine<ReportPayload>>> ReadAsync(string input)
    {
        var lines = new List<JsonlLine<ReportPayload>>();
        using var reader = new StreamReader(input);
        await foreach (var item in JsonlReader.ReadAsync<ReportPayload>(reader))
        {
            lines.Add(item);
        }
        return lines;
    }

    public static async Task<BatchOutcome> RunAsync(
        string input, IReadOnlyList<JsonlLine<ReportPayload>> lines, string database, MatchModel model, string output, ProgressLine progress)
    {
        BatchDatabase.Delete(database);
        var counts = new Dictionary<IntakeOutcome, int>();
        var badLines = 0;
        await using var pipeline = await EmbeddedPipeline.StartAsync(database, model, CancellationToken.None);
        foreach (var item in lines)
        {
            if (item.Value is null)
            {
                badLines++;
                LineProblems.Tell(progress, input, item.LineNumber, LineProblems.Unreadable(item.Error!));
                continue;
            }
            var result = await pipeline.SubmitAsync(item.Value, CancellationToken.None);
            counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
            if (result.Outcome == IntakeOutcome.Rejected)
            {
                LineProblems.Tell(progress, input, item.LineNumber, LineProblems.Rejected(result.Id, result.Violations));
            }
            progress.Show($"read {item.LineNumber} lines, {pipeline.Tracker.Received} messages processed");
        }
        await pipeline.WaitUntilIdleAsync(
            () => progress.Show($"matching and scoring: {pipeline.Tracker.Pending} messages to go"), CancellationToken.None);
        progress.Clear();
        var grades = await WriteIncidentsAsync(pipeline, output);
        return new BatchOutcome(
            counts.Where(c => c.Key != IntakeOutcome.Rejected).Sum(c => c.Value),
            counts.GetValueOrDefault(IntakeOutcome.Rejected) + badLines,
            grades,
            pipeline.Tracker.Faults);
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
}
