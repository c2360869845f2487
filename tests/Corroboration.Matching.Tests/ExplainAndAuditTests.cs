using Corroboration.Protos.V1;
using Grpc.Core;
using static Corroboration.Matching.Tests.MatchingHost;

namespace Corroboration.Matching.Tests;

public class ExplainAndAuditTests
{
    [Fact]
    public async Task ExplainMatchGivesPerFeatureWeightsThatAddUpToTheProbability()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        await host.IngestAsync(Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23));
        var incident = await host.IncidentOfAsync("a");

        var member = await host.Client.ExplainMatchAsync(new ExplainMatchRequest { ReportId = "b", ClaimIndex = 0, IncidentId = incident });
        var stranger = await host.Client.ExplainMatchAsync(new ExplainMatchRequest { ReportId = "c", ClaimIndex = 0, IncidentId = incident });

        foreach (var explanation in new[] { member, stranger })
        {
            Assert.Contains(explanation.Features, f => f.Feature == "prior");
            Assert.Equal(explanation.Features.Sum(f => f.Weight), explanation.Weight, 9);
            Assert.Equal(1 / (1 + Math.Exp(-explanation.Weight)), explanation.Probability, 9);
            Assert.All(explanation.Features, f => Assert.False(string.IsNullOrEmpty(f.Level)));
        }
        Assert.True(member.IsMember);
        Assert.False(stranger.IsMember);
        Assert.True(member.Probability > 0.5);
        Assert.True(stranger.Probability < 0.5);
        var unknown = await FailsAsync(host.Client.ExplainMatchAsync(new ExplainMatchRequest { ReportId = "c", IncidentId = "inc-999999" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheAuditLogListsEachChangeNewestFirstWithItsAnalystAndReason()
    {
        await using var host = await StartAsync();
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        var incident = await host.IncidentOfAsync("a");
        var own = await host.Client.MoveClaimAsync(new MoveClaimRequest { ReportId = "b", Analyst = "frank", Reason = "another strike" });
        await host.Client.AddConstraintAsync(new AddConstraintRequest
        {
            Kind = ConstraintKind.CannotLink, ClaimA = Claim("a"), ClaimB = Claim("b"), Analyst = "grace", Reason = "different targets",
        });
        var refused = await FailsAsync(host.Client.MergeIncidentsAsync(new MergeIncidentsRequest
        {
            TargetIncidentId = incident, SourceIncidentIds = { own.Id }, Analyst = "frank", Reason = "undo",
        }));

        var first = await host.Client.ListAuditAsync(new ListAuditRequest { PageSize = 1 });
        var rest = await host.Client.ListAuditAsync(new ListAuditRequest { PageSize = 5, PageToken = first.NextPageToken });
        var ofOwn = await host.Client.ListAuditAsync(new ListAuditRequest { IncidentId = own.Id });

        var entries = first.Entries.Concat(rest.Entries).ToList();
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode); // and a refused change leaves no entry
        Assert.Equal(
            [("AddConstraint", "grace", "different targets"), ("MoveClaim", "frank", "another strike")],
            entries.Select(e => (e.Action, e.Analyst, e.Reason)));
        Assert.Equal("", rest.NextPageToken);
        Assert.Equal(new[] { incident, own.Id }.Order(), entries[1].IncidentIds.Order());
        Assert.Contains("b#0", entries[1].Details);
        Assert.Equal(2, ofOwn.Entries.Count);
    }

    [Fact]
    public async Task InvalidAnalystRequestsNameEveryBadField()
    {
        await using var host = await StartAsync();

        var merge = await FailsAsync(host.Client.MergeIncidentsAsync(new MergeIncidentsRequest { SourceIncidentIds = { "" } }));
        var split = await FailsAsync(host.Client.SplitIncidentAsync(new SplitIncidentRequest
        {
            IncidentId = "inc-000001", Claims = { new ClaimRef { ClaimIndex = -1 } }, Analyst = "alice", Reason = "r",
        }));
        var constraint = await FailsAsync(host.Client.AddConstraintAsync(new AddConstraintRequest
        {
            ClaimA = Claim("a"), ClaimB = Claim("a"), Analyst = "alice", Reason = "r",
        }));
        var move = await FailsAsync(host.Client.MoveClaimAsync(new MoveClaimRequest { ReportId = "a", Analyst = " ", Reason = " " }));
        var audit = await FailsAsync(host.Client.ListAuditAsync(new ListAuditRequest { PageToken = "yesterday" }));

        Assert.All(new[] { merge, split, constraint, move, audit }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Equal(["reason", "sourceIncidentIds[0]", "targetIncidentId"], Fields(merge));
        Assert.Equal(["claims[0].claimIndex", "claims[0].reportId"], Fields(split));
        Assert.Equal(["claimB", "kind"], Fields(constraint));
        Assert.Equal(["reason"], Fields(move)); // a blank analyst is the caller: the token's subject
        Assert.Equal(["pageToken"], Fields(audit));
    }

    private static IEnumerable<string> Fields(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order();
}
