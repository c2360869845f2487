using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults.Security;
using Corroboration.Testing;
using Grpc.Core;

namespace Corroboration.Ingest.Tests;

/// <summary>Who may submit: a caller with a valid token holding the ingest role.</summary>
public sealed class AuthorizationTests
{
    [Fact]
    public async Task ACallWithoutATokenIsUnauthenticated()
    {
        await using var factory = IngestFactory.Create();
        var client = new IngestService.IngestServiceClient(factory.CreateUnsignedChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid() }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task AReaderCannotSubmitButAnIngesterCan()
    {
        await using var factory = IngestFactory.Create();
        var client = new IngestService.IngestServiceClient(factory.CreateUnsignedChannel());
        var request = new SubmitReportRequest { Report = Reports.Valid() };

        var denied = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(request, As(Role.Reader)).ResponseAsync);
        var accepted = await client.SubmitReportAsync(request, As(Role.Ingest));
        var deniedRead = await Assert.ThrowsAsync<RpcException>(() => client.GetReportAsync(new GetReportRequest { Id = "r1" }, As(Role.Ingest)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("ingest", denied.Status.Detail);
        Assert.Equal(SubmitOutcome.Accepted, accepted.Outcome);
        Assert.Equal(StatusCode.PermissionDenied, deniedRead.StatusCode);
    }

    private static Metadata As(string role) => new() { { "authorization", "Bearer " + TestTokens.For("newsroom", role) } };
}
