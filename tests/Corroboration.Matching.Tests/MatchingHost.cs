using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Corroboration.Testing;
using Grpc.Core;
using MassTransit.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>The Matching service under test, its client, and the steps the tests share.</summary>
public sealed class MatchingHost : IAsyncDisposable
{
    private readonly ServiceFactory<Program> _factory;

    private MatchingHost(IReadOnlyDictionary<string, string>? settings)
    {
        _factory = new(bus => bus.AddMatchingConsumers(), settings);
        Client = new MatchingService.MatchingServiceClient(_factory.CreateChannel());
    }

    public ITestHarness Harness { get; private set; } = null!;

    public MatchingService.MatchingServiceClient Client { get; }

    public static async Task<MatchingHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new MatchingHost(settings);
        host.Harness = await host._factory.StartHarnessAsync();
        return host;
    }

    public async Task IngestAsync(ReportIngested message)
    {
        await Harness.Bus.Publish(Messages.Batch(message));
        Assert.True(await Harness.Consumed.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == message.ReportId && r.Version == message.Version)));
    }

    public async Task<string> IncidentOfAsync(string reportId) =>
        (await Client.GetIncidentOfReportAsync(new GetIncidentOfReportRequest { ReportId = reportId })).Incidents.Single().Id;

    public Task<bool> AnnouncedAsync(Func<IncidentChanged, bool> filter) =>
        Harness.Published.Any<IncidentChanged>(m => filter(m.Context.Message));

    public static ClaimRef Claim(string reportId, int claimIndex = 0) => new() { ReportId = reportId, ClaimIndex = claimIndex };

    public static async Task<RpcException> FailsAsync<T>(AsyncUnaryCall<T> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
