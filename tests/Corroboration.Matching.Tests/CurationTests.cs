using Corroboration.Protos.V1;
using Grpc.Core;
using static Corroboration.Matching.Tests.MatchingHost;

namespace Corroboration.Matching.Tests;

public class CurationTests : LinkingTestBase
{
    [Fact]
    public async Task MergingAnnouncesTheGrownTargetAndTheEmptiedSourceAndIsAudited()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23));
        var target = await host.IncidentOfAsync("a");
        var source = await host.IncidentOfAsync("c");

        var merged = await host.Client.MergeIncidentsAsync(new MergeIncidentsRequest
        {
            TargetIncidentId = target,
            SourceIncidentIds = { source },
            Analyst = "alice",
            Reason = "same strike, misdated by the monitor",
        });

        Assert.Equal(target, merged.Id);
        Assert.Equal(["a", "c"], merged.ReportIds.Order());
        Assert.Equal("alice", merged.Claims.Single(c => c.ReportId == "c").PlacedBy);
        Assert.True(await host.AnnouncedAsync(m => m.IncidentId == target && m.Version == 2 && m.Members.Count == 2
            && m.Reason == "MergeIncidents by alice: same strike, misdated by the monitor"));
        Assert.True(await host.AnnouncedAsync(m => m.IncidentId == source && m.Version == 2 && m.Members.Count == 0));
        var gone = await FailsAsync(host.Client.GetIncidentAsync(new GetIncidentRequest { Id = source }));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        var entry = (await host.Client.ListAuditAsync(new ListAuditRequest { IncidentId = source })).Entries.Single();
        Assert.Equal(("MergeIncidents", "alice", "same strike, misdated by the monitor"), (entry.Action, entry.Analyst, entry.Reason));
        Assert.Equal(new[] { target, source }.Order(), entry.IncidentIds.Order());
    }

    [Fact]
    public async Task SplittingMovesTheChosenClaimsIntoANewIncident()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        var original = await host.IncidentOfAsync("a");

        var split = await host.Client.SplitIncidentAsync(new SplitIncidentRequest
        {
            IncidentId = original,
            Claims = { Claim("b") },
            Analyst = "bob",
            Reason = "a second strike that day",
        });

        Assert.NotEqual(original, split.Id);
        Assert.Equal(["b"], split.ReportIds);
        Assert.Equal(["a"], (await host.Client.GetIncidentAsync(new GetIncidentRequest { Id = original })).ReportIds);
        Assert.True(await host.AnnouncedAsync(m => m.IncidentId == split.Id && m.Version == 1 && m.Members.Single().ReportId == "b"));
        Assert.True(await host.AnnouncedAsync(m => m.IncidentId == original && m.Version == 3 && m.Members.Count == 1));
    }

    [Fact]
    public async Task MovingAClaimNowhereGivesItAnIncidentOfItsOwnThatLinkingOfOtherReportsLeavesAlone()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        var original = await host.IncidentOfAsync("a");

        var own = await host.Client.MoveClaimAsync(new MoveClaimRequest { ReportId = "b", ClaimIndex = 0, Analyst = "carol", Reason = "different strike" });
        // A third report of the same strike matches both incidents, but must not merge them back.
        await host.IngestAsync(Messages.Report("d", "2023-10-05", "Ariha", 35.81, 36.61, source: "BBC"));

        Assert.NotEqual(original, own.Id);
        Assert.Equal(["b"], own.ReportIds);
        Assert.Equal(1.0, own.Claims.Single().MatchProbability);
        Assert.Equal(own.Id, await host.IncidentOfAsync("b"));
        Assert.Equal(["b"], (await host.Client.GetIncidentAsync(new GetIncidentRequest { Id = own.Id })).ReportIds);
        Assert.Equal(original, await host.IncidentOfAsync("a"));
    }

    [Fact]
    public async Task UnknownIncidentsAndClaimsAreNotFound()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        var incident = await host.IncidentOfAsync("a");

        var merge = await FailsAsync(host.Client.MergeIncidentsAsync(new MergeIncidentsRequest
        {
            TargetIncidentId = incident, SourceIncidentIds = { "inc-999999" }, Analyst = "alice", Reason = "r",
        }));
        var move = await FailsAsync(host.Client.MoveClaimAsync(new MoveClaimRequest { ReportId = "a", ClaimIndex = 3, Analyst = "alice", Reason = "r" }));
        var split = await FailsAsync(host.Client.SplitIncidentAsync(new SplitIncidentRequest
        {
            IncidentId = incident, Claims = { Claim("zzz") }, Analyst = "alice", Reason = "r",
        }));

        Assert.Equal([StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound], new[] { merge.StatusCode, move.StatusCode, split.StatusCode });
        Assert.Contains("inc-999999", merge.Status.Detail);
    }

    [Fact]
    public async Task SplittingOffEveryClaimIsAFailedPrecondition()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));

        var error = await FailsAsync(host.Client.SplitIncidentAsync(new SplitIncidentRequest
        {
            IncidentId = await host.IncidentOfAsync("a"), Claims = { Claim("a") }, Analyst = "alice", Reason = "r",
        }));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }
}

/// <summary>The same, with the linker holding the tables in memory: analysts' changes must reach it.</summary>
public sealed class HeldCurationTests : CurationTests
{
    protected override string Linking => "held";
}
