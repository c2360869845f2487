using Corroboration.Contracts;
using Corroboration.Matching.Consumers;
using Grpc.Core;
using MassTransit;
using MassTransit.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Reports linked in batches: each test sends exactly one batch's worth of messages (one report
/// each, as from unary calls, or several, as from a stream), and the batch waits long enough for
/// all of them, so they are linked in one transaction.
/// </summary>
public class BatchLinkingTests : LinkingTestBase
{
    private Task<MatchingHost> StartAsync(int batchSize, string timeLimit = "00:00:30") => StartAsync(new Dictionary<string, string>
    {
        [ReportBatchIngestedConsumerDefinition.BatchSizeSetting] = batchSize.ToString(),
        [ReportBatchIngestedConsumerDefinition.BatchTimeLimitSetting] = timeLimit,
    });

    private static Task SendAsync(MatchingHost host, params (ReportIngested Message, Guid MessageId)[] messages) =>
        SendAsync(host, messages.Select(m => (Messages.Batch(m.Message), m.MessageId)).ToArray());

    private static async Task SendAsync(MatchingHost host, params (ReportBatchIngested Message, Guid MessageId)[] messages)
    {
        foreach (var (message, messageId) in messages)
        {
            await host.Harness.Bus.Publish(message, context => context.MessageId = messageId);
        }
        foreach (var (_, messageId) in messages.DistinctBy(m => m.MessageId))
        {
            Assert.True(await host.Harness.Consumed.Any<ReportBatchIngested>(m => m.Context.MessageId == messageId));
        }
    }

    [Fact]
    public async Task ReportsOfOneIncidentInOneBatchAreAnnouncedOnceWithTheirFinalMembership()
    {
        await using var host = await StartAsync(batchSize: 3);
        var a = Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61);

        await SendAsync(host, (a, Guid.NewGuid()), (Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"), Guid.NewGuid()),
            (Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23), Guid.NewGuid()));

        var shared = await host.IncidentOfAsync("a");
        Assert.Equal(shared, await host.IncidentOfAsync("b"));
        var announced = await host.Harness.Published.SelectAsync<IncidentChanged>().Select(m => m.Context.Message).ToListAsync();
        Assert.Equal(2, announced.Count);
        Assert.Equal(["a", "b"], announced.Single(c => c.IncidentId == shared).Members.Select(m => m.ReportId).Order());
    }

    [Fact]
    public async Task AMessageAgainInItsBatchOrTheNextChangesNothing()
    {
        // MassTransit keeps one copy of a message id per batch (the other waits for the batch, holding
        // a place in the endpoint's limit, so the batches here end by time): a and c, then a and d.
        await using var host = await StartAsync(batchSize: 100, timeLimit: "00:00:01");
        var messageId = Guid.NewGuid();
        var a = Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61);

        await SendAsync(host, (a, messageId), (a, messageId), (Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23), Guid.NewGuid()));
        await SendAsync(host, (a, messageId), (Messages.Report("d", "2021-03-21", "Al Atarib", 36.14, 36.83), Guid.NewGuid()));

        var incident = await host.Client.GetIncidentAsync(new Protos.V1.GetIncidentRequest { Id = await host.IncidentOfAsync("a") });
        Assert.Equal(["a"], incident.ReportIds);
        Assert.Equal(3, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
    }

    [Fact]
    public async Task OfTwoVersionsInOneBatchTheNewerWinsWhicheverComesFirst()
    {
        await using var host = await StartAsync(batchSize: 4);
        var newerThenOlder = (Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2), Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61));
        var olderThenNewer = (Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61), Messages.Report("b", "2021-03-21", "Al Atarib", 36.14, 36.83, version: 2));

        await SendAsync(host, (newerThenOlder.Item1, Guid.NewGuid()), (newerThenOlder.Item2, Guid.NewGuid()),
            (olderThenNewer.Item1, Guid.NewGuid()), (olderThenNewer.Item2, Guid.NewGuid()));

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
        await using var host = await StartAsync(batchSize: 1);
        await SendAsync(host, (Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2), Guid.NewGuid()));
        var linked = await host.IncidentOfAsync("a");

        await SendAsync(host, (Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), Guid.NewGuid()));

        Assert.Equal(linked, await host.IncidentOfAsync("a"));
        var incident = await host.Client.GetIncidentAsync(new Protos.V1.GetIncidentRequest { Id = linked });
        Assert.Equal("Qamishli", incident.Place);
        Assert.Equal(1, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
        Assert.False(await host.Harness.Published.Any<Fault<ReportBatchIngested>>()); // skipped, not failed
    }

    [Fact]
    public async Task APoisonReportFaultsAloneAndTheRestOfItsBatchIsLinked()
    {
        await using var host = await StartAsync(batchSize: 3);
        var poison = Messages.Report("p", "2023-10-05", "Ariha", 35.81, 36.61) with { Claims = null! };
        var poisonId = Guid.NewGuid();

        await SendAsync(host, (Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), Guid.NewGuid()), (poison, poisonId),
            (Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23), Guid.NewGuid()));

        Assert.True(await host.Harness.Published.Any<Fault<ReportBatchIngested>>(m => m.Context.Message.FaultedMessageId == poisonId));
        // Handed on one by one, in order: c is linked after the poison faulted.
        Assert.NotEqual(await host.IncidentOfAsync("a"), await LinkedAsync(host, "c"));
        var faults = await host.Harness.Published.SelectAsync<Fault<ReportBatchIngested>>().ToListAsync();
        Assert.All(faults, f => Assert.Equal("p", f.Context.Message.Message.Reports.Single().ReportId));
    }

    [Fact]
    public async Task AStreamsReportsInOneMessageAreLinkedInOrderAndAnnouncedOnce()
    {
        await using var host = await StartAsync(batchSize: 2, timeLimit: "00:00:00.2");
        var ariha = (Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), Messages.Report("b", "2023-10-05", "Ariha", 35.81, 36.61, source: "AFP"));
        var moved = Messages.Report("a", "2022-08-06", "Qamishli", 37.05, 41.23, version: 2);

        // One message bigger than a batch is linked whole; its update of a comes after a's first version.
        await SendAsync(host, (Messages.Batch(ariha.Item1, ariha.Item2, moved), Guid.NewGuid()));

        Assert.NotEqual(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("b"));
        var announced = await host.Harness.Published.SelectAsync<IncidentChanged>().Select(m => m.Context.Message).ToListAsync();
        Assert.Equal(2, announced.Count);
        Assert.Equal(["a", "b"], announced.Select(c => c.Members.Single().ReportId).Order());
    }

    [Fact]
    public async Task APoisonReportInAStreamsMessageFaultsItAfterTheOthersAreLinked()
    {
        await using var host = await StartAsync(batchSize: 1);
        var poison = Messages.Report("p", "2023-10-05", "Ariha", 35.81, 36.61) with { Claims = null! };
        var messageId = Guid.NewGuid();

        await SendAsync(host, (Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), poison,
            Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23)), messageId));

        Assert.True(await host.Harness.Published.Any<Fault<ReportBatchIngested>>(m => m.Context.Message.FaultedMessageId == messageId));
        var fault = (await host.Harness.Published.SelectAsync<Fault<ReportBatchIngested>>().FirstAsync()).Context.Message;
        Assert.Contains("could not be linked: p", fault.Exceptions.Single().Message);
        Assert.NotEqual(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("c"));
    }

    [Fact]
    public async Task AMessageHandledReportByReportAgainChangesNothing()
    {
        await using var host = await StartAsync(batchSize: 1);
        var message = Messages.Batch(Messages.Report("a", "2023-10-05", "Ariha", 35.81, 36.61), Messages.Report("c", "2022-08-06", "Qamishli", 37.05, 41.23));
        var messageId = Guid.NewGuid();
        var alone = await host.Harness.Bus.GetSendEndpoint(new Uri("queue:" + ReportBatchIngestedAloneConsumerDefinition.Queue));

        await alone.Send(message, context => context.MessageId = messageId);
        await alone.Send(message, context => context.MessageId = messageId);
        // The queue is handled in order, one message at a time: once z is linked, the repeat was handled.
        await alone.Send(Messages.Batch(Messages.Report("z", "2021-03-21", "Al Atarib", 36.14, 36.83)));
        await LinkedAsync(host, "z");

        Assert.NotEqual(await host.IncidentOfAsync("a"), await host.IncidentOfAsync("c"));
        Assert.Equal(3, await host.Harness.Published.SelectAsync<IncidentChanged>().Count());
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
