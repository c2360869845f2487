using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.Ingest.Tests;

/// <summary>What one client may send: messages up to a size, calls up to a rate.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task AClientOverTheRateLimitGetsResourceExhaustedAndOthersAreNotHeldUp()
    {
        await using var factory = IngestFactory.Create(new Dictionary<string, string> { ["Limits:RequestsPerWindow"] = "3", ["Limits:WindowSeconds"] = "300" });
        var client = factory.Client();
        var request = new GetReportRequest { Id = "nothing-here" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => client.GetReportAsync(request).ResponseAsync)).StatusCode);
        }
        var limited = await Assert.ThrowsAsync<RpcException>(() => client.GetReportAsync(request).ResponseAsync);
        var other = new IngestService.IngestServiceClient(factory.CreateUnsignedChannel());
        var otherCall = await Assert.ThrowsAsync<RpcException>(() => other.GetReportAsync(request,
            new Metadata { { "authorization", "Bearer " + Testing.TestTokens.For("someone-else") } }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, limited.StatusCode);
        Assert.Contains("rate limit", limited.Status.Detail);
        Assert.Equal(StatusCode.NotFound, otherCall.StatusCode); // partitioned by the token's subject
    }

    [Fact]
    public async Task AMessageOverTheSizeLimitIsRefusedWithResourceExhausted()
    {
        await using var factory = IngestFactory.Create(new Dictionary<string, string> { ["Limits:MaxReceiveMessageBytes"] = "65536" });
        var client = factory.Client();
        var report = Reports.Valid("big");
        report.Text = new string('x', 70_000);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.SubmitReportAsync(new SubmitReportRequest { Report = report }).ResponseAsync);
        var small = await client.SubmitReportAsync(new SubmitReportRequest { Report = Reports.Valid("small") });

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(SubmitOutcome.Accepted, small.Outcome);
    }

    [Fact]
    public async Task TheDefaultSizeLimitIsFourMebibytes()
    {
        await using var factory = IngestFactory.Create();
        var report = Reports.Valid("huge");
        report.Text = new string('x', 4 * 1024 * 1024 + 1);

        var error = await Assert.ThrowsAsync<RpcException>(() => factory.Client().SubmitReportAsync(new SubmitReportRequest { Report = report }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
