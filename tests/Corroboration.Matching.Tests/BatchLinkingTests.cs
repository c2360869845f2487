using Corroboration.Contracts;
using Grpc.Core;
using MassTransit;
using MassTransit.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Ingest's batches of reports, each linked in one transaction in its order, each changed
/// incident announced once; a message or a version seen before changes nothing; a poison report
/// faults its message only once the others are linked.
/// </summary>
public class BatchLinkingTests : LinkingTestBase
{
    private static async Task SendAsync(MatchingHost host, ReportBatchIngested message, Guid? messageId = null)
    {
        var id = messageId ?? Guid.NewGuid();
        await host.Harness.Bus.Publish(message, context => context.MessageId = id);
        Assert.True(await host.Harness.Consumed.Any<ReportBatchIngested>(m => m.Context.MessageId == id));
    }

    [Fact]
    public async Task ReportsOfOneIncidentInOneBatchAreAnnouncedOnceWithTheirFinalMembership()
    {
        await using var host = await StartAsync();

        await SendAsync(host, Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61),
            Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"), Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23)));

        var shared = await host.IncidentOfAsync("a");
        Assert.Equal(shared, await host.IncidentOfAsync("b"));
        var announced = await host.Harness.Published.SelectAsync<IncidentChanged>().Select(m => m.Context.Message).ToListAsync();
        Assert.Equal(2, announced.Count);
        Assert.Equal(["a", "b"], announced.Single(c => c.IncidentId == shared).Members.Select(m => m.ReportId).Order());
    }

    [Fact]
    public async Task AMessageAgainChangesNothing()
    {
        await using var host = await StartAsync();
        var messageId = Guid.NewGuid();
        var message = Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));

        await SendAsync(host, message, messageId);
        // Another report under the same id: a message seen before is not read again.
        await SendAsync(host, message with { Reports = [Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP")] }, messageId);
        await host.Harness.Bus.Publish(Messages.Batch(Messages.Report("d", "2021-03-21", "Al Atarib", 36.14, 36.83)));

        var incident = await host.Client.GetIncidentAsync(new Protos.V1.GetIncidentRequest { Id = await host.IncidentOfAsync("a") });
        Assert.Equal(["a"], incident.ReportIds);
        Assert.Equal(2, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
    }

    [Fact]
    public async Task OfTwoVersionsInOneBatchTheNewerWinsWhicheverComesFirst()
    {
        await using var host = await StartAsync();

        await SendAsync(host, Messages.Batch(
            Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2), Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61),
            Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61), Messages.Report("b", "2021-03-21", "Al Atarib", 36.14, 36.83, version: 2)));

        var incidents = (await host.Client.ListIncidentsAsync(new Protos.V1.ListIncidentsRequest())).Incidents;
        Assert.Equal(["Al Atarib", "Qamishli"], incidents.Select(i => i.Place).Order());
        Assert.Equal("Qamishli", incidents.Single(i => i.Id == host.IncidentOfAsync("a").Result).Place);
        Assert.Equal("Al Atarib", incidents.Single(i => i.Id == host.IncidentOfAsync("b").Result).Place);
        var withMembers = await host.Harness.Published.SelectAsync<IncidentChanged>(m => m.Context.Message.Members.Count > 0).Count();
        Assert.Equal(2, withMembers);
    }

    [Fact]
    public async Task AnOlderVersionInALaterBatchChangesNothing()
    {
        await using var host = await StartAsync();
        await SendAsync(host, Messages.Batch(Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2)));
        var linked = await host.IncidentOfAsync("a");

        await SendAsync(host, Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61)));

        Assert.Equal(linked, await host.IncidentOfAsync("a"));
        var incident = await host.Client.GetIncidentAsync(new Protos.V1.GetIncidentRequest { Id = linked });
        Assert.Equal("Qamishli", incident.Place);
        Assert.Equal(1, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
        Assert.False(await host.Harness.Published.Any<Fault<ReportBatchIngested>>()); // skipped, not failed
    }

    [Fact]
    public async Task APoisonReportFaultsItsMessageAfterTheOthersAreLinked()
    {
        await using var host = await StartAsync();
        var poison = Messages.Report("p", "2023-10-05", "Ariha", 35.81, 36.61) with { Claims = null! };
        var messageId = Guid.NewGuid();

        await host.Harness.Bus.Publish(Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), poison,
            Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23)), context => context.MessageId = messageId);

        Assert.True(await host.Harness.Published.Any<Fault<ReportBatchIngested>>(m => m.Context.Message.FaultedMessageId == messageId));
        var fault = (await host.Harness.Published.SelectAsync<Fault<ReportBatchIngested>>().FirstAsync()).Context.Message;
        Assert.Contains("could not be linked: p", fault.Exceptions.Single().Message);
        Assert.NotEqual(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("c"));
        // Linked once, though the message was tried six times.
        Assert.Equal(2, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
        // The queue moves on after it.
        await host.Harness.Bus.Publish(Messages.Batch(Messages.Report("d", "2021-03-21", "Al Atarib", 36.14, 36.83)));
        Assert.Equal("Al Atarib", (await host.Client.GetIncidentAsync(new Protos.V1.GetIncidentRequest { Id = await LinkedAsync(host, "d") })).Place);
    }

    private static async Task<string> LinkedAsync(MatchingHost host, string reportId)
    {
        for (var wait = TimeSpan.FromSeconds(30); ; wait -= TimeSpan.FromMilliseconds(100))
        {
            try
            {
                return await host.IncidentOfAsync(reportId);
            }
            catch (RpcException missing) when (missing.StatusCode == StatusCode.NotFound && wait > TimeSpan.Zero)
            {
                await Task.Delay(100);
            }
        }
    }
}

/// <summary>The same, with the linker holding the tables in memory.</summary>
public sealed class HeldBatchLinkingTests : BatchLinkingTests
{
    protected override string Linking => "held";
}
