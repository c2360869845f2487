using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Cli.Tests;

/// <summary>The batch main job, run in-process on the bundled sample in a throwaway folder.</summary>
[Collection("Console")]
public sealed class CorroborateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-cli-").FullName;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    [Fact]
    public async Task EveryValidReportEndsInAnIncidentAndBadLinesAreReportedByNumber()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var lines = File.ReadAllLines(Sample).ToList();
        lines.Insert(2, "{\"id\": \"broken\", ");
        lines.Add("""{"id":"no-text","source":"x","text":""}""");
        File.WriteAllLines(input, lines);
        var output = Path.Combine(_folder, "out.jsonl");

        var (code, stdout, stderr) = await Corro.RunAsync("corroborate", "--in", input, "--out", output, "--db", Path.Combine(_folder, "batch.db"));

        Assert.Equal(0, code);
        Assert.Contains("in.jsonl:3:", stderr);
        Assert.Contains($"in.jsonl:{lines.Count}: report 'no-text' rejected: text", stderr);
        Assert.Contains("corroborate: 11 reports (2 lines rejected)", stdout);
        var incidents = File.ReadAllLines(output).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();
        var sampleIds = File.ReadAllLines(Sample).Select(l => JsonSerializer.Deserialize<ReportPayload>(l, InterchangeJson.Options)!.Id);
        Assert.Equal(sampleIds.Order(), incidents.SelectMany(i => i.ReportIds).Distinct().Order());
        Assert.All(incidents, i => Assert.InRange(i.Confidence, 0, 1));
    }

    [Fact]
    public async Task TheHospitalReportsFromTwoIndependentSourcesAreOneIncidentContestedBetweenTheRegimeAndRussia()
    {
        var output = Path.Combine(_folder, "out.jsonl");
        await Corro.RunAsync("corroborate", "--in", Sample, "--out", output, "--db", Path.Combine(_folder, "batch.db"));

        var incidents = File.ReadAllLines(output).Select(l => JsonSerializer.Deserialize<IncidentPayload>(l, InterchangeJson.Options)!).ToList();
        var hospital = incidents.Single(i => i.ReportIds.Contains("sample-coded-hospital"));
        Assert.Contains("sample-hospital-media", hospital.ReportIds);
        Assert.Equal(2, hospital.IndependentSources);
        // Both blame the Syrian government, whose strikes local sources cannot tell from Russia's.
        Assert.Equal("contested", hospital.Grade);
        Assert.All(hospital.Explanation, line => Assert.Contains("not told apart from Russia", line.Reason));
    }

    [Fact]
    public async Task AMissingOptionIsAUsageError()
    {
        var (code, _, stderr) = await Corro.RunAsync("corroborate", "--in", Sample);
        Assert.Equal(2, code);
        Assert.Contains("--out is required", stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
