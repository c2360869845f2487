using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Microsoft.Extensions.Logging;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// One batch, the part <c>corroborate</c> and <c>evaluate</c> share so that evaluate scores
/// exactly what corroborate writes. The work the services do, done as a batch: the file streamed
/// through the intake in parallel chunks (<see cref="BatchIntake"/>), every report clustered in
/// memory in file order with the service's matcher as it arrives (<see cref="StreamedClustering"/>),
/// every final incident scored once with the service's scorer, in parallel, and stored meanwhile
/// with the services' own statements in one transaction (<see cref="IncidentSink"/>); every
/// incident written as a JSON line in id order.
/// </summary>
public static class BatchRun
{
    /// <summary>
    /// Incidents built in parallel, then written, per turn: bounds what is held at once (their
    /// rows carry every member's JSON and words; 4,096 a turn took 200k's peak from 0.9 to 2.2 GB).
    /// </summary>
    private const int IncidentChunk = 512;

    /// <summary>
    /// Every core, the storing thread's too: scoring now takes longer than storing, which left a
    /// third of its core idle while scoring ran on one.
    /// </summary>
    private static int ScoringCores => Environment.ProcessorCount;

    public static async Task<BatchOutcome> RunAsync(string input, string database, MatchModel model, string output, ProgressLine progress, BatchStages stages)
    {
        using var logging = LoggerFactory.Create(builder => builder.AddConsole().SetMinimumLevel(LogLevel.Warning));
        using var store = await BatchDatabase.CreateAsync(database);
        using var spill = new MemberSpill(Path.GetDirectoryName(Path.GetFullPath(database))!);
        using var streamed = new StreamedClustering(model, stages);
        var intake = new BatchIntake(input, new ClaimExtractor(Gazetteer.LoadBundled()), store, spill, streamed, stages, progress, logging.CreateLogger("corro"));
        await intake.ReadAsync();
        var clustering = streamed.Finish(intake, progress);
        // The clusterer's index and summaries (a gigabyte at a million reports) are garbage now:
        // collected before scoring allocates on top of them, which otherwise sets the run's peak.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var builder = new BatchIncidentBuilder(clustering, intake.Report, spill, store.Trust);
        IReadOnlyDictionary<string, int> grades;
        await using (var writer = new StreamWriter(output))
        {
            using var sink = new IncidentSink(store, writer, stages);
            foreach (var ids in clustering.Incidents.Keys.Order(StringComparer.Ordinal).Chunk(IncidentChunk))
            {
                sink.Add(stages.Measure(BatchStages.Score, () =>
                    ids.AsParallel().AsOrdered().WithDegreeOfParallelism(ScoringCores).Select(id => builder.Build(id, clustering.Incidents[id])).ToList()));
                progress.Show($"scoring and storing: {sink.Done:N0} of {clustering.Incidents.Count:N0} incidents");
            }
            grades = await sink.FinishAsync();
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
