using Corroboration.Contracts;
using Corroboration.Ingest.Consumers;
using MassTransit;
using MassTransit.Testing;

namespace Corroboration.Ingest.Tests;

public class SubmitReportConsumerTests
{
    private static readonly ReportPayload Report = new()
    {
        Id = "bus-1",
        Source = "Newsroom wire desk",
        SourceType = "media",
        PublishedAt = "2022-08-06",
        Text = "A Turkish drone struck a car in Qamishli on Saturday, killing one person.",
    };

    [Fact]
    public async Task ACommandFromANewsroomSystemIsIngestedAndAnnounced()
    {
        await using var factory = IngestFactory.Create();
        var harness = await factory.StartHarnessAsync();

        await harness.Bus.Publish(new SubmitReport(Report));

        var consumer = harness.GetConsumerHarness<SubmitReportConsumer>();
        Assert.True(await consumer.Consumed.Any<SubmitReport>());
        Assert.True(await harness.Published.Any<ReportBatchIngested>(m => m.Context.Message.Reports.Any(r => r.ReportId == "bus-1")));
        Assert.False(await harness.Published.Any<Fault<SubmitReport>>());
    }

    [Fact]
    public async Task AnInvalidCommandFaultsInsteadOfVanishing()
    {
        await using var factory = IngestFactory.Create();
        var harness = await factory.StartHarnessAsync();

        await harness.Bus.Publish(new SubmitReport(Report with { Id = "" }));

        Assert.True(await harness.Published.Any<Fault<SubmitReport>>());
        Assert.False(await harness.Published.Any<ReportBatchIngested>());
    }
}
