using System.Diagnostics;
using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Interchange;
using Corroboration.Core.Synthetic;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro benchmark --stage extraction</c>: claim extraction alone, in parallel as the batch
/// runs it (<c>--threads</c>, default one per core), on a synthetic corpus (<c>--reports N --seed S</c>) or a reports file (<c>--in</c>).
/// It prints reports/s and bytes allocated per report for each pass; <c>--claims FILE</c> also
/// writes every report's extraction result (one JSON line per report, input order) so two builds
/// can be compared byte for byte.
/// </summary>
public static class ExtractionBenchmark
{
    private const int WarmUp = 1_000;

    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("stage", "reports", "seed", "in", "claims", "passes", "threads");
        var passes = line.WholeNumber("passes", 3, 100);
        var threads = line.WholeNumber("threads", Environment.ProcessorCount, 64);
        var gazetteer = Gazetteer.LoadBundled();
        var reports = line.Optional("in") is { } input ? await Read(input) : Generate(gazetteer, line);
        var extractor = new ClaimExtractor(gazetteer);
        // The first calls compile regexes and JIT the code; a batch of 200k reports pays that once.
        foreach (var report in reports.Take(WarmUp))
        {
            extractor.Extract(report);
        }
        ExtractionResult[] results = [];
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var pass = 1; pass <= passes; pass++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            results = reports.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(extractor.Extract).ToArray();
            var seconds = clock.Elapsed.TotalSeconds;
            // On a shared machine the wall clock counts other processes' time too; CPU seconds do not.
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var perReport = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)reports.Count;
            best = Math.Min(best, seconds);
            bestCpu = Math.Min(bestCpu, cpuSeconds);
            Console.WriteLine($"extraction pass {pass}: {reports.Count:N0} reports in {seconds:0.00} s = {reports.Count / seconds:N0} reports/s on {threads} threads; {cpuSeconds:0.00} CPU s = {reports.Count / cpuSeconds:N0} reports per CPU second; {perReport / 1024:N1} KB allocated per report");
        }
        Console.WriteLine($"extraction best: {reports.Count / best:N0} reports/s, {reports.Count / bestCpu:N0} reports per CPU second ({results.Sum(r => r.Claims.Count):N0} claims)");
        if (line.Optional("claims") is { } claimsFile)
        {
            await Write(claimsFile, reports, results);
        }
        return 0;
    }

    private static List<ReportPayload> Generate(Gazetteer gazetteer, CommandLine line)
    {
        var count = GenerateCommand.Positive(line.Required("reports"), "reports");
        var seed = line.Optional("seed") is { } given ? GenerateCommand.NonNegative(given, "seed") : 7;
        return new SyntheticCorpus(gazetteer, seed).Generate(count).Select(r => r.Report).ToList();
    }

    private static async Task<List<ReportPayload>> Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"file '{file}' not found");
        }
        var reports = new List<ReportPayload>();
        using var reader = new StreamReader(file);
        await foreach (var item in JsonlReader.ReadAsync<ReportPayload>(reader))
        {
            if (item.Value is not null)
            {
                reports.Add(item.Value);
            }
        }
        return reports;
    }

    private static async Task Write(string file, List<ReportPayload> reports, ExtractionResult[] results)
    {
        await using var writer = new StreamWriter(file);
        for (var i = 0; i < reports.Count; i++)
        {
            var r = results[i];
            var line = new { reports[i].Id, r.Language, r.Claims, r.Reason };
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, InterchangeJson.Options));
        }
    }
}
