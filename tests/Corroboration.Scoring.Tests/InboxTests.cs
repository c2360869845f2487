using Corroboration.Contracts;
using MassTransit;

namespace Corroboration.Scoring.Tests;

public class InboxTests
{
    private static readonly IncidentMember Ngo = Messages.Member("amnesty", "Amnesty International", "ngo");
    private static readonly IncidentMember Wire = Messages.Member("reuters", "Reuters", "wire");

    [Fact]
    public async Task ADeliveryWithAnIdAlreadyProcessedChangesNothing()
    {
        await using var host = await ScoringHost.StartAsync();
        var messageId = NewId.NextGuid();

        await host.Harness.Bus.Publish(Messages.Changed("inc-1", 1, Ngo), context => context.MessageId = messageId);
        Assert.True(await host.Harness.Consumed.Any<IncidentChanged>(m => m.Context.MessageId == messageId));
        // A newer version would pass the version check: only the inbox tells that this id was processed.
        await host.ChangeAsync("inc-2", 1, Ngo);
        await host.Harness.Bus.Publish(Messages.Changed("inc-1", 2, Ngo, Wire), context => context.MessageId = messageId);
        await host.Harness.InactivityTask; // the harness lists a message id once, so wait for the bus to go quiet

        var history = await host.HistoryAsync("inc-1");
        Assert.Equal([1L], history.Select(v => v.Version));
        Assert.Equal(1, (await host.ScoreAsync("inc-1")).IndependentSources);
    }
}
