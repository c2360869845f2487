using System.Diagnostics;
using Corroboration.Core.Evaluation;
using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Matching.Clustering;
using Corroboration.Core.Synthetic;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro benchmark</c>: batch corroboration of a synthetic corpus generated on the fly,
/// extraction in parallel and clustering in memory (no bus, no database), printing time, peak
/// memory, how small a fraction of all claim pairs blocking let the matcher compare, and the
/// B-cubed figures against the corpus's gold.
/// </summary>
public static class BenchmarkCommand
{
    private const int Batch = 4096;
    private const int LogEvery = 50_000;

    public static async Task<int> RunAsync(CommandLine line)
    {
        if (line.Optional("stage") is { } stage)
        {
            return stage switch
            {
                "extraction" => await ExtractionBenchmark.RunAsync(line),
                "learning" => await LearningBenchmark.RunAsync(line),
                _ => throw new UsageException($"unknown --stage '{stage}' (extraction or learning)"),
            };
        }
        line.AllowOnly("reports", "seed");
        var count = GenerateCommand.Positive(line.Required("reports"), "reports");
        var seed = line.Optional("seed") is { } given ? GenerateCommand.NonNegative(given, "seed") : 7;
        var gazetteer = Gazetteer.LoadBundled();
        var extractor = new ClaimExtractor(gazetteer);
        var clusterer = new IncrementalClusterer(new IncidentAssigner(new MatchScorer(new MatchWeights())));
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var extracting = TimeSpan.Zero;
        var done = 0;
        var clusteringAllocated = 0L;
        var progress = ProgressLine.ForStandardError();
        foreach (var batch in new SyntheticCorpus(gazetteer, seed).Generate(count).Chunk(Batch))
        {
            var started = clock.Elapsed;
            // Extraction is independent per report: in parallel, in order, so the arrival order stays the generator's.
            // The claims' blocking keys too, as the batch's intake works them out.
            var profiles = batch.AsParallel().AsOrdered().Select(item => ClaimProfile.OfReport(item.Report, extractor.Extract(item.Report).Claims))
                .Select(claims => (Claims: claims, Keys: claims.Select(BlockingKeys.ForClaim).ToList())).ToList();
            extracting += clock.Elapsed - started;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread(); // clustering runs on this thread alone
            foreach (var (item, (claims, keys)) in batch.Zip(profiles))
            {
                gold[item.Report.Id] = item.Gold.IncidentId;
                clusterer.AddReport(claims, keys);
            }
            clusteringAllocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            done += batch.Length;
            progress.Show($"benchmark: {done:N0} of {count:N0} reports, {clock.Elapsed.TotalSeconds:0} s");
            if (Console.IsErrorRedirected && done / LogEvery != (done - batch.Length) / LogEvery)
            {
                // A long run written to a log still says how far it got.
                Console.Error.WriteLine($"benchmark: {done:N0} of {count:N0} reports, {clusterer.Incidents.Count:N0} incidents, {clock.Elapsed.TotalSeconds:0} s, {Environment.WorkingSet / (1024 * 1024):N0} MB");
            }
        }
        progress.Clear();
        var elapsed = clock.Elapsed;
        var scores = ClusterMetrics.Evaluate(gold, clusterer.IncidentOfReport());
        var pairs = clusterer.Claims * (clusterer.Claims - 1) / 2.0;
        Console.WriteLine($"benchmark: {count:N0} synthetic reports (seed {seed}), {clusterer.Claims:N0} claims → {clusterer.Incidents.Count:N0} incidents");
        Console.WriteLine($"time          {elapsed.TotalSeconds:0.0} s ({count / elapsed.TotalSeconds:N0} reports/s; extraction {extracting.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores, clustering {(elapsed - extracting).TotalSeconds:0.0} s)");
        Console.WriteLine($"peak memory   {MemoryFigures.PeakMegabytes:N0} MB; {MemoryFigures.GcPauses()}");
        Console.WriteLine($"allocated     {clusteringAllocated / (double)clusterer.Claims / 1024:N1} KB per claim while clustering");
        Console.WriteLine($"compared      {clusterer.Comparisons:N0} claim–incident pairs = {clusterer.Comparisons / pairs:0.000000} of all {pairs:N0} claim pairs");
        Console.WriteLine($"bcubed P={scores.BCubed.Precision:F3} R={scores.BCubed.Recall:F3} F1={scores.BCubed.F1:F3}  pairwise F1={scores.Pairwise.F1:F3}");
        return 0;
    }
}
