using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Cli.Tests;

/// <summary><c>corro export</c> against the real host process over a real socket.</summary>
[Collection("Console")]
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-export-").FullName;
    private HostProcess _host = null!;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    public async Task InitializeAsync() => _host = await HostProcess.StartAsync(_folder);

    [Fact]
    public async Task ExportedIncidentsGroupTheReportsAsCorroborateDoesInTheSameFormat()
    {
        var batch = Path.Combine(_folder, "batch.jsonl");
        Assert.Equal(0, (await Corro.RunAsync("corroborate", "--in", Sample, "--out", batch, "--db", Path.Combine(_folder, "batch.db"))).Code);
        Assert.Equal(0, (await Corro.RunAsync("import", "--in", Sample, "--ingest", _host.Address)).Code);
        var exported = Path.Combine(_folder, "exported.jsonl");

        var (code, stdout, stderr) = await ExportWhenAllScoredAsync(exported, reports: 11);

        Assert.True(code == 0, stderr);
        Assert.Matches(@"^export: 4 incidents \(contested 2, fair 2\) in [\d.]+ s → ", stdout);
        Assert.Equal(Groups(batch), Groups(exported));
        Assert.Equal(Keys(batch), Keys(exported));
    }

    [Fact]
    public async Task AnUnreachableServerFailsAfterRetryingAndLeavesNoFile()
    {
        var output = Path.Combine(_folder, "never.jsonl");
        _host.Kill();

        var (code, _, stderr) = await Corro.RunAsync("export", "--scoring", _host.Address, "--out", output, "--retry-for", "1");

        Assert.Equal(1, code);
        Assert.Contains("export failed after 0 incidents: Unavailable", stderr);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    /// <summary>Scoring follows ingest asynchronously: export until every report is in an incident.</summary>
    private async Task<(int Code, string Stdout, string Stderr)> ExportWhenAllScoredAsync(string output, int reports)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await Corro.RunAsync("export", "--scoring", _host.Address, "--out", output);
            if (result.Code != 0 || Incidents(output).SelectMany(i => i.ReportIds).Distinct().Count() == reports || attempt == 100)
            {
                return result;
            }
            await Task.Delay(200);
        }
    }

    private static List<IncidentPayload> Incidents(string path) =>
        File.ReadAllLines(path).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();

    private static List<string> Groups(string path) =>
        Incidents(path).Select(i => string.Join(",", i.ReportIds.Order()) + " " + i.Grade).Order().ToList();

    /// <summary>The JSON property names of every line: the same format, field for field.</summary>
    private static List<string> Keys(string path) =>
        File.ReadAllLines(path).Select(l => string.Join(",", JsonDocument.Parse(l).RootElement.EnumerateObject().Select(p => p.Name))).Order().ToList();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
