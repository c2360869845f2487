using System.Diagnostics;
using Corroboration.Protos.V1;

namespace Corroboration.Cli.Tests;

/// <summary>
/// <c>Corroboration.Host --demo</c> as a real process: it feeds the synthetic corpus through
/// Ingest, incidents come out of ListScores, a restart doubles nothing, and a database holding
/// someone's own reports is left alone.
/// </summary>
public sealed class HostDemoTests : IAsyncLifetime
{
    private const int DemoReports = 1000; // DemoOptions.Reports: what the README's command loads
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("corro-demo-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DemoFillsAnEmptyDatabaseWithScoredIncidentsAndARestartDoublesNothing()
    {
        await using var host = await HostProcess.StartAsync(_folder, "--demo");
        var scoring = new ScoringService.ScoringServiceClient(host.Channel);

        var first = await UntilEveryReportIsScoredAsync(host, scoring);
        Assert.Contains($"Demo: synthetic corpus fed in", host.Output);
        Assert.Contains($"{DemoReports} reports (new {DemoReports}, already there 0, rejected 0)", host.Output);
        Assert.InRange(first.Count, 100, DemoReports - 1); // copies and sister reports share incidents
        Assert.Contains(first.Values, ids => ids.Count > 1);
        Assert.All(first.Values.SelectMany(ids => ids), id => Assert.StartsWith("syn-7-", id));

        host.Kill();
        await host.StartAgainAsync();
        await Until(() => host.Output.Contains($"{DemoReports} reports (new 0, already there {DemoReports}, rejected 0)"), host);
        var again = await UntilEveryReportIsScoredAsync(host, scoring);
        Assert.True(SameMembership(first, again), "the restart changed the incidents");
    }

    [Fact]
    public async Task WithoutTheSwitchNothingIsLoadedAndADatabaseWithOtherReportsIsLeftAlone()
    {
        var own = OwnReport();
        await using (var plain = await HostProcess.StartAsync(_folder))
        {
            var ingest = new IngestService.IngestServiceClient(plain.Channel);
            Assert.Equal(SubmitOutcome.Accepted, (await ingest.SubmitReportAsync(new SubmitReportRequest { Report = own }, deadline: DateTime.UtcNow.AddSeconds(30))).Outcome);
            var scoring = new ScoringService.ScoringServiceClient(plain.Channel);
            await Until(async () => (await scoring.ListScoresAsync(new ListScoresRequest { PageSize = 10 })).Scores.Count == 1, plain);
            Assert.DoesNotContain("Demo:", plain.Output);
        }

        await using var demo = await HostProcess.StartAsync(_folder, "--demo");
        await Until(() => demo.Output.Contains("the synthetic corpus is not loaded"), demo);
        var scores = await new ScoringService.ScoringServiceClient(demo.Channel).ListScoresAsync(new ListScoresRequest { PageSize = 10 });
        Assert.Equal([own.Id], Assert.Single(scores.Scores).ReportIds);
    }

    private static Report OwnReport() => new()
    {
        Id = "newsroom-own-1",
        Source = "Local Desk",
        SourceType = "media",
        PublishedAt = "2023-05-02",
        Title = "Shelling in Atarib",
        Text = "Shelling hit a school in Atarib on 1 May 2023, killing two children.",
    };

    /// <summary>
    /// Incident id → its report ids, once every one of the <see cref="DemoReports"/> reports is in
    /// a scored incident and the membership has stood still for a few seconds (merges settle).
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> UntilEveryReportIsScoredAsync(HostProcess host, ScoringService.ScoringServiceClient scoring)
    {
        var incidents = new Dictionary<string, List<string>>();
        var unchangedFor = Stopwatch.StartNew();
        await Until(async () =>
        {
            var now = await AllIncidentsAsync(scoring);
            if (!SameMembership(now, incidents))
            {
                unchangedFor.Restart();
            }
            incidents = now;
            return now.Values.SelectMany(ids => ids).Distinct().Count() == DemoReports && unchangedFor.Elapsed > TimeSpan.FromSeconds(3);
        }, host);
        return incidents;
    }

    private static bool SameMembership(Dictionary<string, List<string>> a, Dictionary<string, List<string>> b) =>
        a.Count == b.Count && a.All(incident => b.TryGetValue(incident.Key, out var ids) && ids.SequenceEqual(incident.Value));

    private static async Task<Dictionary<string, List<string>>> AllIncidentsAsync(ScoringService.ScoringServiceClient scoring)
    {
        var incidents = new Dictionary<string, List<string>>();
        var token = "";
        do
        {
            var page = await scoring.ListScoresAsync(new ListScoresRequest { PageSize = 500, PageToken = token }, deadline: DateTime.UtcNow.AddSeconds(30));
            foreach (var score in page.Scores.Where(s => s.ReportIds.Count > 0))
            {
                incidents[score.Id] = score.ReportIds.Order(StringComparer.Ordinal).ToList();
            }
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return incidents;
    }

    private static Task Until(Func<bool> condition, HostProcess host) => Until(() => Task.FromResult(condition()), host);

    private static async Task Until(Func<Task<bool>> condition, HostProcess host)
    {
        for (var clock = Stopwatch.StartNew(); !await condition(); await Task.Delay(500))
        {
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"not reached within {Patience.TotalSeconds:0} s; the host said:\n{host.Output}");
            }
        }
    }
}
