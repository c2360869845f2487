using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Microsoft.Extensions.Logging;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// One batch, the part <c>corroborate</c> and <c>evaluate</c> share so that evaluate scores
/// exactly what corroborate writes. The work the services do, done as a batch: the file streamed
/// through the intake in parallel chunks (<see cref="BatchIntake"/>), every report clustered in
/// memory in file order with the service's matcher, every final incident scored once with the
/// service's scorer, in parallel, and stored with the services' own statements in one
/// transaction; then every incident written as a JSON line in id order.
/// </summary>
public static class BatchRun
{
    /// <summary>
    /// Incidents built in parallel, then written, per turn: bounds what is held at once (their
    /// rows carry every member's JSON and words; 4,096 a turn took 200k's peak from 0.9 to 2.2 GB).
    /// </summary>
    private const int IncidentChunk = 512;

    public static async Task<BatchOutcome> RunAsync(string input, string database, MatchModel model, string output, ProgressLine progress, BatchStages stages)
    {
        using var logging = LoggerFactory.Create(builder => builder.AddConsole().SetMinimumLevel(LogLevel.Warning));
        await using var store = await BatchDatabase.CreateAsync(database);
        using var spill = new MemberSpill(Path.GetDirectoryName(Path.GetFullPath(database))!);
        var intake = new BatchIntake(input, new ClaimExtractor(Gazetteer.LoadBundled()), store, spill, stages, progress, logging.CreateLogger("corro"));
        await intake.ReadAsync();
        var clustering = new BatchClustering(model);
        stages.Measure(BatchStages.Cluster, () =>
        {
            var done = 0;
            foreach (var report in intake.InLinkingOrder)
            {
                clustering.Add(report.Claims);
                if (++done % 1000 == 0)
                {
                    progress.Show($"clustering: {done:N0} reports, {clustering.Incidents.Count:N0} incidents");
                }
            }
            clustering.Finish();
        });
        var builder = new BatchIncidentBuilder(clustering, intake.Report, spill, store.Trust);
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var writer = new StreamWriter(output))
        {
            foreach (var ids in clustering.Incidents.Keys.Order(StringComparer.Ordinal).Chunk(IncidentChunk))
            {
                var incidents = stages.Measure(BatchStages.Score, () => ids.AsParallel().AsOrdered().Select(id => builder.Build(id, clustering.Incidents[id])).ToList());
                stages.Measure(BatchStages.Store, () => incidents.ForEach(store.AddIncident));
                stages.Measure(BatchStages.Write, () =>
                {
                    foreach (var incident in incidents)
                    {
                        grades[incident.Score.Grade] = grades.GetValueOrDefault(incident.Score.Grade) + 1;
                        writer.WriteLine(incident.Score.IncidentJson);
                    }
                });
                progress.Show($"scoring and storing: {grades.Values.Sum():N0} of {clustering.Incidents.Count:N0} incidents");
            }
            stages.Measure(BatchStages.Write, writer.Flush);
        }
        stages.Measure(BatchStages.Store, () =>
        {
            store.SetIncidentCounter(clustering.HighestId);
            store.Commit();
        });
        progress.Clear();
        return new BatchOutcome(intake.Reports, intake.Rejected, grades, Faults: 0);
    }

    /// <summary>1, with a message, when bus messages failed: the incidents written are then incomplete.</summary>
    public static int ExitCode(BatchOutcome outcome)
    {
        if (outcome.Faults == 0)
        {
            return 0;
        }
        Console.Error.WriteLine($"corro: {outcome.Faults} messages failed after retries; see the log above");
        return 1;
    }
}
