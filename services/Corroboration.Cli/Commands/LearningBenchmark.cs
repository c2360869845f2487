using System.Diagnostics;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;
using Corroboration.Storage;
using Microsoft.Extensions.Options;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro benchmark --stage learning --db FILE</c>: reliability learning alone, as the Scoring
/// service runs it each time (read every current incident, learn the table), over the incidents
/// of a database that <c>corroborate --db</c> wrote. It prints the time each pass took and a
/// digest of the learned table, so that two builds can be shown to learn the same.
/// </summary>
public static class LearningBenchmark
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        line.AllowOnly("stage", "db", "passes");
        var passes = line.WholeNumber("passes", 3, 100);
        var file = line.Required("db");
        if (!File.Exists(file))
        {
            throw new UsageException($"database '{file}' not found");
        }
        var database = new DbConnectionFactory(Options.Create(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={file};Mode=ReadOnly" }));
        var rows = await new ScoreStore(database).EvidenceAsync(CancellationToken.None);
        for (var pass = 1; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            var evidence = rows.Select(ReliabilityLearner.Evidence).ToList();
            var read = clock.Elapsed;
            var table = TruthDiscovery.Learn(evidence);
            var learned = table.Sources.Where(s => s.Incidents > 0).ToList();
            Console.WriteLine($"learning pass {pass}: {evidence.Count:N0} incidents, {evidence.Sum(e => e.Members.Count):N0} members in {clock.Elapsed.TotalMilliseconds:N0} ms "
                + $"(reading members {read.TotalMilliseconds:N0} ms); {learned.Count:N0} sources learned, their mean reliability {(learned.Count > 0 ? learned.Average(s => s.Learned) : 0):0.000000}");
        }
        return 0;
    }
}
