using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Grpc.Core;
using MassTransit.Testing;
using static Corroboration.Matching.Tests.MatchingHost;

namespace Corroboration.Matching.Tests;

public class ReportBatchIngestedConsumerTests
{
    [Fact]
    public async Task TwoReportsOfOneStrikeShareAnIncidentAndAStrikeElsewhereDoesNot()
    {
        await using var host = await StartAsync();
        var client = host.Client;

        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        await host.IngestAsync(Messages.Report("c", "2023-10-05", "Qamishli", 37.05, 41.23, source: "AFP"));

        Assert.Equal(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("b"));
        Assert.NotEqual(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("c"));
        var incident = await client.GetIncidentAsync(new GetIncidentRequest { Id = await host.IncidentOfAsync("a") });
        Assert.Equal(["a", "b"], incident.ReportIds.Order());
        Assert.True(await host.Harness.Published.Any<IncidentChanged>(m => m.Context.Message.Members.Count == 2));
    }

    [Fact]
    public async Task ARedeliveredReportChangesNothing()
    {
        await using var host = await StartAsync();
        var message = Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61);

        await host.IngestAsync(message);
        await host.Harness.Bus.Publish(Messages.Batch(message));
        Assert.Equal(2, await host.Harness.Consumed.SelectAsync<ReportBatchIngested>().Count());

        Assert.Equal(1, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
    }

    [Fact]
    public async Task AnUpdatedReportLeavesItsOldIncident()
    {
        await using var host = await StartAsync();
        var client = host.Client;

        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        var before = await host.IncidentOfAsync("a");
        await host.IngestAsync(Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2));

        Assert.NotEqual(before, await host.IncidentOfAsync("a"));
        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetIncidentAsync(new GetIncidentRequest { Id = before }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.True(await host.Harness.Published.Any<IncidentChanged>(m => m.Context.Message.IncidentId == before && m.Context.Message.Members.Count == 0));
    }

    [Fact]
    public async Task IncidentsCanBeListedByDateAndPlaceAndPaged()
    {
        await using var host = await StartAsync();
        var client = host.Client;
        await host.IngestAsync(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        await host.IngestAsync(Messages.Report("b", "2022-08-06", "Qamishli", 37.05, 41.23));
        await host.IngestAsync(Messages.Report("c", "2021-03-21", "Al Atarib", 36.14, 36.83));

        var in2022 = await client.ListIncidentsAsync(new ListIncidentsRequest { OccurredFrom = "2022-01-01", OccurredTo = "2022-12-31" });
        var byPlace = await client.ListIncidentsAsync(new ListIncidentsRequest { Place = "qamish" });
        var firstPage = await client.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 2 });
        var secondPage = await client.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 2, PageToken = firstPage.NextPageToken });

        Assert.Equal("Qamishli", in2022.Incidents.Single().Place);
        Assert.Equal("Qamishli", byPlace.Incidents.Single().Place);
        Assert.Equal(2, firstPage.Incidents.Count);
        Assert.Single(secondPage.Incidents);
        Assert.Equal("", secondPage.NextPageToken);
    }

    [Fact]
    public async Task ABadDateFilterIsAnInvalidArgument()
    {
        await using var host = await StartAsync();
        var client = host.Client;
        var error = await Assert.ThrowsAsync<RpcException>(() => client.ListIncidentsAsync(new ListIncidentsRequest { OccurredFrom = "last week" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("occurredFrom", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
    }
}
