using Corroboration.Protos.V1;
using Google.Rpc;
using Grpc.Core;
using static Corroboration.Matching.Tests.MatchingHost;

namespace Corroboration.Matching.Tests;

public class ConstraintTests : LinkingTestBase
{
    private static AddConstraintRequest Constraint(ConstraintKind kind, string reportA, string reportB) =>
        new() { Kind = kind, ClaimA = Claim(reportA), ClaimB = Claim(reportB), Analyst = "dana", Reason = "checked with the monitor" };

    [Fact]
    public async Task CannotLinkKeepsTwoMatchingReportsApartAndBlocksAManualMerge()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2022-08-06", "Qamishli", 37.05, 41.23, source: "AFP"));
        var constraint = await host.Client.AddConstraintAsync(Constraint(ConstraintKind.CannotLink, "a", "b"));

        // b is corrected to the same strike as a, and a third report matches both.
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, version: 2, source: "AFP"));
        await host.IngestAsync(Messages.Report("c", "2023-10-05", "Ariha", 35.81, 36.61, source: "BBC"));
        var incidentOfA = await host.IncidentOfAsync("a");
        var incidentOfB = await host.IncidentOfAsync("b");
        var error = await FailsAsync(host.Client.MergeIncidentsAsync(new MergeIncidentsRequest
        {
            TargetIncidentId = incidentOfA, SourceIncidentIds = { incidentOfB }, Analyst = "erin", Reason = "looks the same",
        }));

        Assert.NotEqual(incidentOfA, incidentOfB);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(constraint.Id, error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Subject);
        Assert.Equal(["b"], (await host.Client.GetIncidentAsync(new GetIncidentRequest { Id = incidentOfB })).ReportIds);
        Assert.Empty((await host.Client.ListAuditAsync(new ListAuditRequest { IncidentId = incidentOfB })).Entries);
    }

    [Fact]
    public async Task MustLinkPullsAnUpdatedClaimIntoItsPartnersIncidentThoughItsDateAndPlaceDiffer()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        var incident = await host.IncidentOfAsync("a");
        var constraint = await host.Client.AddConstraintAsync(Constraint(ConstraintKind.MustLink, "b", "a"));

        await host.IngestAsync(Messages.Report("b", "2023-11-20", "Qamishli", 37.05, 41.23, version: 2, source: "AFP"));

        Assert.Equal(("a", "b"), (constraint.ClaimA.ReportId, constraint.ClaimB.ReportId));
        Assert.Equal(incident, await host.IncidentOfAsync("b"));
        Assert.True(await host.AnnouncedAsync(m => m.IncidentId == incident && m.Members.Count == 2 && m.Reason.Contains("must-link")));
    }

    [Fact]
    public async Task AClaimCannotBeMovedAwayFromItsMustLinkPartner()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        await host.Client.AddConstraintAsync(Constraint(ConstraintKind.MustLink, "a", "b"));

        var move = await FailsAsync(host.Client.MoveClaimAsync(new MoveClaimRequest { ReportId = "a", Analyst = "erin", Reason = "r" }));
        var split = await FailsAsync(host.Client.SplitIncidentAsync(new SplitIncidentRequest
        {
            IncidentId = await host.IncidentOfAsync("a"), Claims = { Claim("b") }, Analyst = "erin", Reason = "r",
        }));

        Assert.Equal(StatusCode.FailedPrecondition, move.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, split.StatusCode);
        Assert.Equal(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("b"));
    }

    [Fact]
    public async Task AConstraintMustAgreeWithWhereItsClaimsAreAndCanBeListedAndRemoved()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        await host.IngestAsync(Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23));

        var together = await FailsAsync(host.Client.AddConstraintAsync(Constraint(ConstraintKind.CannotLink, "a", "b")));
        var apart = await FailsAsync(host.Client.AddConstraintAsync(Constraint(ConstraintKind.MustLink, "a", "c")));
        var unknown = await FailsAsync(host.Client.AddConstraintAsync(Constraint(ConstraintKind.MustLink, "a", "zzz")));
        var added = await host.Client.AddConstraintAsync(Constraint(ConstraintKind.CannotLink, "a", "c"));
        var twice = await FailsAsync(host.Client.AddConstraintAsync(Constraint(ConstraintKind.CannotLink, "c", "a")));
        var ofC = await host.Client.ListConstraintsAsync(new ListConstraintsRequest { ReportId = "c" });
        var removed = await host.Client.RemoveConstraintAsync(new RemoveConstraintRequest { Id = added.Id, Analyst = "dana", Reason = "wrong report" });
        var again = await FailsAsync(host.Client.RemoveConstraintAsync(new RemoveConstraintRequest { Id = added.Id, Analyst = "dana", Reason = "r" }));

        Assert.Equal(StatusCode.FailedPrecondition, together.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, apart.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
        Assert.Equal(added, ofC.Constraints.Single());
        Assert.Equal(added, removed);
        Assert.Equal(StatusCode.NotFound, again.StatusCode);
        Assert.Empty((await host.Client.ListConstraintsAsync(new ListConstraintsRequest())).Constraints);
    }
}

/// <summary>The same, with the linker holding the tables in memory: analysts' changes must reach it.</summary>
public sealed class HeldConstraintTests : ConstraintTests
{
    protected override string Linking => "held";
}
