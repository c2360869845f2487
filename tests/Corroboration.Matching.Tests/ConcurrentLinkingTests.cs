using Corroboration.Matching.Curation;
using Corroboration.ServiceDefaults;
using Corroboration.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The consumer at concurrency 8 against the same messages linked one at a time. Incremental
/// clustering depends on order in general, but these strikes are far enough apart that any
/// one-at-a-time order clusters them alike; linkers serialized wherever they interact are
/// equivalent to some such order, so the clusterings must be equal, not just close.
/// </summary>
public class ConcurrentLinkingTests
{
    private const int Concurrency = 8;

    [Fact]
    public async Task ConcurrentLinkersOnSqliteKeepIncidentsWholeAndClusterAsOneAtATime()
    {
        var messages = StrikeCorpus.Messages();

        var serial = await LinkingRun.RunAsync(messages, concurrency: 1);
        var concurrent = await LinkingRun.RunAsync(messages, Concurrency);

        AssertSameClustering(serial, concurrent);
    }

    [PostgresFact]
    public async Task ConcurrentLinkersOnPostgresKeepIncidentsWholeAndClusterAsOneAtATime()
    {
        var messages = StrikeCorpus.Messages();
        await using var serialDatabase = await ScratchDatabase.CreateAsync();
        await using var concurrentDatabase = await ScratchDatabase.CreateAsync();

        var serial = await LinkingRun.RunAsync(messages, concurrency: 1, serialDatabase.ConnectionString);
        var concurrent = await LinkingRun.RunAsync(messages, Concurrency, concurrentDatabase.ConnectionString);

        AssertSameClustering(serial, concurrent);
    }

    [Fact]
    public Task AnalystsMovingAndMergingWhileLinkersRunOnSqliteLeaveIncidentsConsistent() => AnalystsWhileLinkingAsync(postgres: null);

    [PostgresFact]
    public async Task AnalystsMovingAndMergingWhileLinkersRunOnPostgresLeaveIncidentsConsistent()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AnalystsWhileLinkingAsync(database.ConnectionString);
    }

    /// <summary>Analysts' changes interleave with linking, so only consistency is checked, not the clustering.</summary>
    private static async Task AnalystsWhileLinkingAsync(string? postgres)
    {
        var messages = StrikeCorpus.Messages();
        await using var host = await ScaledMatchingHost.StartAsync(Concurrency, postgres);
        var publishing = host.PublishAsync(messages);
        var random = new Random(5);
        const int steps = 20;
        for (var step = 0; step < steps; step++)
        {
            await host.ConsumedAsync(messages.Count * step / steps);
            await AnalystStepAsync(host, random, step);
        }
        await publishing;
        await host.ConsumedAsync(messages.Count);

        var run = await LinkingRun.OfAsync(host);
        AssertConsistent(run);
        Assert.Contains(run.Announced, a => a.Reason.StartsWith("MoveClaim", StringComparison.Ordinal));
        Assert.Contains(run.Announced, a => a.Reason.StartsWith("MergeIncidents", StringComparison.Ordinal));
    }

    /// <summary>Moves a random claim into an incident of its own, or merges two incidents of one strike.</summary>
    private static async Task AnalystStepAsync(ScaledMatchingHost host, Random random, int step)
    {
        var members = (await LinkingRun.OfAsync(host)).Members;
        if (members.Count == 0)
        {
            return;
        }
        var (reportId, claimIndex, incidentId) = members[random.Next(members.Count)];
        await using var scope = host.Services.CreateAsyncScope();
        var curator = scope.ServiceProvider.GetRequiredService<IncidentCurator>();
        var change = new AnalystChange("alice", $"step {step}");
        try
        {
            if (step % 2 == 0)
            {
                await curator.MoveAsync(new ClaimKey(reportId, claimIndex), null, change, CancellationToken.None);
            }
            else if (members.FirstOrDefault(m => m.ReportId[..3] == reportId[..3] && m.IncidentId != incidentId) is { IncidentId: { } other })
            {
                await curator.MergeAsync(incidentId, [other], change, CancellationToken.None);
            }
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
        {
            // The claim or incident went while we chose it: an answer an analyst could get too.
        }
    }

    private static void AssertSameClustering(LinkingRun serial, LinkingRun concurrent)
    {
        AssertConsistent(serial);
        AssertConsistent(concurrent);
        Assert.Equal(StrikeCorpus.Strikes, serial.Partition().Count);
        Assert.True(concurrent.MostRunning > 1, "the consumer never ran two messages at once");
        Assert.Equal(serial.Partition().Order(), concurrent.Partition().Order());
        // One at a time, a strike's reports always find its incident: a merge would mean that two
        // linkers each founded one for the same strike.
        Assert.DoesNotContain(serial.Announced.Concat(concurrent.Announced), a => a.Reason.Contains("merged into", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every claim in exactly one incident that exists, no incident empty or miscounted, and per
    /// incident each announced version announced once, counting up (a batch announces only its last
    /// version of an incident, so numbers may be skipped), the last with its membership now.
    /// (Announcements leave after commit, so two of one incident may be published in either order;
    /// consumers keep the newest. Hence versions are checked in version order.)
    /// </summary>
    private static void AssertConsistent(LinkingRun run)
    {
        var claims = StrikeCorpus.Messages().Select(m => $"{m.ReportId}#0").Distinct().Order().ToList();
        Assert.Equal(claims, run.Members.Select(m => $"{m.ReportId}#{m.ClaimIndex}").Order());
        var incidents = run.Incidents.ToDictionary(i => i.Id);
        var membersOf = run.Members.ToLookup(m => m.IncidentId);
        Assert.All(run.Members, m => Assert.Contains(m.IncidentId, incidents.Keys));
        Assert.All(run.Incidents, i => Assert.True(i.MemberCount > 0 && i.MemberCount == membersOf[i.Id].Count(), $"{i.Id} counts {i.MemberCount} members"));
        foreach (var announcements in run.Announced.GroupBy(a => a.IncidentId))
        {
            var versions = announcements.Select(a => a.Version).Order().ToList();
            Assert.Equal(versions.Distinct(), versions);
            Assert.True(versions[0] >= 1);
            var last = announcements.MaxBy(a => a.Version)!;
            var now = membersOf[announcements.Key].Select(m => $"{m.ReportId}#{m.ClaimIndex}").Order();
            Assert.Equal(now, last.Members.Select(m => $"{m.ReportId}#{m.ClaimIndex}").Order());
            Assert.Equal(incidents.TryGetValue(announcements.Key, out var incident) ? incident.Version : last.Version, last.Version);
        }
        Assert.All(run.Incidents, i => Assert.Contains(run.Announced, a => a.IncidentId == i.Id));
    }
}
