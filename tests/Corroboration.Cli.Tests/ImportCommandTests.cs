using System.Text.Json;
using System.Text.RegularExpressions;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.Cli.Tests;

/// <summary><c>corro import</c> against the real host process over a real socket.</summary>
[Collection("Console")]
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-import-").FullName;
    private HostProcess _host = null!;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "sample.reports.jsonl");

    public async Task InitializeAsync() => _host = await HostProcess.StartAsync(_folder);

    [Fact]
    public async Task EachOutcomeIsCountedAndBadLinesAndRejectedReportsAreToldByLineNumber()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var lines = File.ReadAllLines(Sample).ToList();
        lines.Insert(2, "{\"id\": \"broken\", ");
        lines.Add("""{"id":"no-text","source":"x","text":""}""");
        File.WriteAllLines(input, lines);

        var (code, stdout, stderr) = await Corro.RunAsync("import", "--in", input, "--ingest", _host.Address, "--batch", "4");

        Assert.True(code == 0, stderr);
        Assert.Contains("in.jsonl:3: not a valid report object", stderr);
        Assert.Contains($"in.jsonl:{lines.Count}: report 'no-text' rejected: text", stderr);
        Assert.Contains("import: 12 reports sent: accepted 11, updated 0, unchanged 0, rejected 1; 1 bad lines skipped; 0 retries", stdout);
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothingAndAnEditedReportIsAnUpdate()
    {
        var (first, _, _) = await Corro.RunAsync("import", "--in", Sample, "--ingest", _host.Address);
        var edited = Path.Combine(_folder, "edited.jsonl");
        var lines = File.ReadAllLines(Sample);
        lines[0] = lines[0].Replace("\"text\": \"", "\"text\": \"Updated. ");
        File.WriteAllLines(edited, lines);

        var (again, stdout, stderr) = await Corro.RunAsync("import", "--in", edited, "--ingest", _host.Address);

        Assert.Equal((0, 0), (first, again));
        Assert.True(stdout.Contains("accepted 0, updated 1, unchanged 10, rejected 0"), stdout + stderr);
    }

    [Fact]
    public async Task ABatchCutBySigkillIsSentAgainAfterTheRestartAndNoReportIsLost()
    {
        var input = Path.Combine(_folder, "syn.reports.jsonl");
        var (generated, _, _) = await Corro.RunAsync("generate", "--reports", "800", "--seed", "11", "--out", input, "--gold", Path.Combine(_folder, "syn.gold.tsv"));
        Assert.Equal(0, generated);
        var ids = File.ReadLines(input).Select(l => JsonSerializer.Deserialize<ReportPayload>(l, InterchangeJson.Options)!.Id).ToList();

        // corro's entry point blocks until done: run it beside the test.
        var import = Task.Run(() => Corro.RunAsync("import", "--in", input, "--ingest", _host.Address, "--batch", "25"));
        await WaitUntilStoredAsync(ids[50], import);
        _host.Kill();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await _host.StartAgainAsync();
        var (code, stdout, stderr) = await import;

        Assert.True(code == 0, stderr);
        var summary = Regex.Match(stdout, @"import: 800 reports sent: accepted (\d+), updated 0, unchanged (\d+), rejected 0; 0 bad lines skipped; (\d+) retries");
        Assert.True(summary.Success, stdout + stderr);
        Assert.True(int.Parse(summary.Groups[3].Value) >= 1, stdout);
        Assert.Contains("Unavailable", stderr);
        var ingest = new IngestService.IngestServiceClient(_host.Channel);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            try
            {
                await ingest.GetReportAsync(new GetReportRequest { Id = id });
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                missing.Add(id);
            }
        }
        Assert.Empty(missing);
    }

    private async Task WaitUntilStoredAsync(string id, Task importing)
    {
        var ingest = new IngestService.IngestServiceClient(_host.Channel);
        while (!importing.IsCompleted)
        {
            try
            {
                await ingest.GetReportAsync(new GetReportRequest { Id = id });
                return;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                await Task.Delay(20);
            }
        }
        throw new InvalidOperationException("the import finished before the server could be killed in its middle");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
