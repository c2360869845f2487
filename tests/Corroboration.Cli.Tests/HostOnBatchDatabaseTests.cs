using System.Text.Json;
using System.Text.Json.Nodes;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Cli.Tests;

/// <summary>
/// <c>Corroboration.Host</c>, a real process, started on the database <c>corroborate</c> wrote:
/// it serves the batch's incidents and scores, and links what comes next into them.
/// </summary>
[Collection("Console")]
public sealed class HostOnBatchDatabaseTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-batch-host-").FullName;
    private HostProcess? _host;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheHostServesTheBatchsScoresAndLinksNewReportsIntoItsIncidents()
    {
        var batch = Path.Combine(_folder, "batch.jsonl");
        Assert.Equal(0, (await Corro.RunAsync("corroborate", "--in", Sample, "--out", batch, "--db", Path.Combine(_folder, HostProcess.DatabaseName))).Code);
        _host = await HostProcess.StartAsync(_folder);

        var served = await ExportAsync(reports: 11);
        Assert.Equal(Scored(batch), Scored(served));

        // Another wire's copy of Reuters' Ariha story, and a report of an event the batch never saw.
        var lines = File.ReadAllLines(Sample);
        var lateAriha = JsonNode.Parse(lines.Single(l => l.Contains("\"sample-reuters-ariha\"")))!;
        lateAriha["id"] = "late-ariha";
        lateAriha["source"] = "Agence France-Presse";
        var elsewhere = JsonNode.Parse(lines.Single(l => l.Contains("\"sample-atarib-social\"")))!;
        elsewhere["id"] = "late-elsewhere";
        elsewhere["source"] = "Raqqa Monitor";
        elsewhere["title"] = "Shelling in Raqqa";
        elsewhere["text"] = "Shelling hit a bakery in Raqqa city on 3 June 2020, killing three people.";
        elsewhere["publishedAt"] = "2020-06-03";
        var late = Path.Combine(_folder, "late.jsonl");
        File.WriteAllLines(late, [lateAriha.ToJsonString(), elsewhere.ToJsonString()]);
        Assert.Equal(0, (await Corro.RunAsync("import", "--in", late, "--ingest", _host.Address)).Code);

        var after = Incidents(await ExportAsync(reports: 13));
        var before = Incidents(batch);
        var arihaId = before.Single(i => i.ReportIds.Contains("sample-reuters-ariha")).Id;
        Assert.Contains("late-ariha", after.Single(i => i.Id == arihaId).ReportIds);
        var newId = after.Single(i => i.ReportIds.Contains("late-elsewhere")).Id;
        Assert.DoesNotContain(newId, before.Select(i => i.Id));
        Assert.Equal(after.Count, after.Select(i => i.Id).Distinct().Count());
    }

    /// <summary>Scoring follows ingest asynchronously: export until every report is in an incident.</summary>
    private async Task<string> ExportAsync(int reports)
    {
        var output = Path.Combine(_folder, $"exported-{reports}.jsonl");
        for (var attempt = 0; ; attempt++)
        {
            var (code, _, stderr) = await Corro.RunAsync("export", "--scoring", _host!.Address, "--out", output);
            Assert.True(code == 0, stderr);
            if (Incidents(output).SelectMany(i => i.ReportIds).Distinct().Count() == reports || attempt == 100)
            {
                return output;
            }
            await Task.Delay(200);
        }
    }

    private static List<string> Scored(string path) =>
        Incidents(path).Select(i => $"{i.Id} {string.Join(",", i.ReportIds)} {i.Grade} {i.Confidence}").ToList();

    private static List<IncidentPayload> Incidents(string path) =>
        File.ReadAllLines(path).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
