using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Corroboration.Testing;
using Grpc.Core;

namespace Corroboration.Scoring.Tests;

/// <summary>Readers read, analysts change, and an analyst acts in their own name only.</summary>
public sealed class AuthorizationTests
{
    private static readonly Contracts.IncidentMember Ngo = Messages.Member("amnesty", "Amnesty International", "ngo");

    [Fact]
    public async Task AnIngesterCannotListScores()
    {
        await using var host = await ScoringHost.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.ListScoresAsync(new ListScoresRequest(), As("feeder", Role.Ingest)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task AnAnalystCanFlagAndIsRecordedByTheTokenNotTheRequest()
    {
        await using var host = await ScoringHost.StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo);
        var flag = new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Refuted, Reason = "wrong town" };

        var flagged = await host.Client.FlagIncidentAsync(flag, As("carol", Role.Analyst));
        var impersonating = await Assert.ThrowsAsync<RpcException>(() =>
            host.Client.FlagIncidentAsync(new FlagIncidentRequest(flag) { Analyst = "dave" }, As("carol", Role.Analyst)).ResponseAsync);
        var reader = await Assert.ThrowsAsync<RpcException>(() => host.Client.FlagIncidentAsync(flag, As("carol", Role.Reader)).ResponseAsync);
        var audit = await host.Client.ListScoringAuditAsync(new ListScoringAuditRequest(), As("carol", Role.Reader));

        Assert.Equal("analyst carol refuted: wrong town", flagged.Reason);
        Assert.Equal(StatusCode.PermissionDenied, impersonating.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, reader.StatusCode);
        Assert.Equal(["carol"], audit.Entries.Select(e => e.Analyst));
    }

    private static Metadata As(string subject, string role) => new() { { "authorization", "Bearer " + TestTokens.For(subject, role) } };
}
