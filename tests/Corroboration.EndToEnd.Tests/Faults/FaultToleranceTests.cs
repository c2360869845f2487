using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace Corroboration.EndToEnd.Tests.Faults;

/// <summary>
/// The promise of the distributed mode under faults: a 5,000-report import during which Matching
/// and then Scoring are SIGKILLed and restarted, and the broker restarted once, ends with every
/// report scored, none twice, and the same incidents as an undisturbed run of the same reports.
/// Matching links one report at a time and Scoring does not relearn, so both runs are deterministic.
/// </summary>
public sealed class FaultToleranceTests(ITestOutputHelper output)
{
    private const int Reports = 5000;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private static readonly Dictionary<string, string> DeterministicServices = new()
    {
        ["Matching__Concurrency"] = "1",
        ["Scoring__RelearnSeconds"] = "0",
    };

    private readonly string _root = EndToEndFixture.RepositoryRoot();
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];

    [RootFact]
    public async Task KilledServicesAndARestartedBrokerLoseNothingAndDoubleNothing()
    {
        var folder = Directory.CreateTempSubdirectory("corro-fault-").FullName;
        var cluster = new LocalCluster(_root, _runId, DeterministicServices);
        var corpus = Path.Combine(folder, "syn.reports.jsonl");
        try
        {
            await cluster.UpAsync(build: true);
            await Corro(cluster, "generate", "--reports", $"{Reports}", "--seed", "5", "--out", corpus, "--gold", Path.Combine(folder, "syn.gold.tsv")).SucceedsAsync(TimeSpan.FromMinutes(5));

            var watch = Stopwatch.StartNew();
            await Corro(cluster, "import", "--in", corpus, "--ingest", cluster.Endpoints["ingest"]).SucceedsAsync(SettleTimeout);
            var undisturbed = await SettledAsync(cluster, folder, expected: null);
            Log($"undisturbed: {undisturbed.Incidents.Count} incidents holding {undisturbed.ReportIds().Count} reports, settled in {watch.Elapsed.TotalSeconds:0} s");
            await cluster.DownAsync();

            await cluster.UpAsync(build: false);
            watch.Restart();
            var import = Corro(cluster, "import", "--in", corpus, "--ingest", cluster.Endpoints["ingest"]);
            await DisturbAsync(cluster, import);
            var importLines = await import.SucceedsAsync(SettleTimeout);
            var disturbed = await SettledAsync(cluster, folder, expected: undisturbed.ReportIds().Count);

            var lost = undisturbed.ReportIds().Except(disturbed.ReportIds()).Count();
            var duplicated = disturbed.ExtraMemberships(undisturbed);
            Log($"disturbed: sent {Reports}, scored {disturbed.ReportIds().Count}, lost {lost}, duplicated {duplicated}, incidents {disturbed.Incidents.Count} (undisturbed {undisturbed.Incidents.Count}), settled in {watch.Elapsed.TotalSeconds:0} s");
            Log(importLines.Last());
            Assert.Equal(0, lost);
            Assert.Equal(0, duplicated);
            Assert.Equal(undisturbed.Incidents, disturbed.Incidents);
        }
        finally
        {
            await cluster.DownAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>While the import runs: SIGKILL Matching, then Scoring, restarting each, then restart the broker.</summary>
    private async Task DisturbAsync(LocalCluster cluster, ScriptRun import)
    {
        await IngestedAsync(cluster, Reports / 5, import);
        await cluster.KillAsync("matching");
        Log("matching killed");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.StartAsync("matching");
        await IngestedAsync(cluster, Reports / 2, import);
        await cluster.KillAsync("scoring");
        Log("scoring killed");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.StartAsync("scoring");
        await IngestedAsync(cluster, Reports * 7 / 10, import);
        await cluster.RestartBrokerAsync();
        Log("broker restarted");
    }

    /// <summary>Waits until Ingest has stored <paramref name="count"/> reports (the import is mid-way).</summary>
    private async Task IngestedAsync(LocalCluster cluster, int count, ScriptRun import)
    {
        var connection = new NpgsqlConnectionStringBuilder(InfraSettings.DefaultPostgres) { Database = cluster.Environment["CORRO_CLUSTER_DB"] }.ConnectionString;
        while (true)
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM ingest_reports", db);
            var stored = Convert.ToInt32(await command.ExecuteScalarAsync());
            if (stored >= count || import.HasExited)
            {
                Log($"{stored} reports ingested");
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>
    /// Exports until two exports in a row agree and hold <paramref name="expected"/> reports (or,
    /// with none expected, three in a row agree): the pipeline has drained.
    /// </summary>
    private async Task<IncidentSnapshot> SettledAsync(LocalCluster cluster, string folder, int? expected)
    {
        var export = Path.Combine(folder, "export.jsonl");
        var deadline = DateTime.UtcNow + SettleTimeout;
        IncidentSnapshot? previous = null;
        var agreeing = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll);
            await Corro(cluster, "export", "--scoring", cluster.Endpoints["scoring"], "--out", export).SucceedsAsync(TimeSpan.FromMinutes(2));
            var snapshot = IncidentSnapshot.Read(export);
            agreeing = previous is not null && previous.Incidents.SequenceEqual(snapshot.Incidents) ? agreeing + 1 : 0;
            previous = snapshot;
            if (expected is { } count ? agreeing >= 1 && snapshot.ReportIds().Count >= count : agreeing >= 2)
            {
                return snapshot;
            }
        }
        throw new TimeoutException($"not settled within {SettleTimeout}: {previous?.ReportIds().Count} reports in incidents");
    }

    private ScriptRun Corro(LocalCluster cluster, params string[] arguments) =>
        ScriptRun.Start("corro " + arguments[0], "dotnet", [cluster.CorroDll, .. arguments], cluster.Token.Length > 0 ? new Dictionary<string, string> { ["CORRO_TOKEN"] = cluster.Token } : [], _root);

    private void Log(string message) => output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
