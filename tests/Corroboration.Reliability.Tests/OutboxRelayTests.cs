using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corroboration.Reliability.Tests;

public sealed class OutboxRelayTests
{
    [BrokerFact(postgres: true)]
    public async Task RowsWrittenWhileTheBrokerIsUnreachableArePublishedWithTheirIdsOnceItIsBack()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        await using var database = await ScratchDatabase.CreateAsync();
        var settings = ServiceHost.Postgres(database.ConnectionString).With(vhost.BusSettings()).With(new Dictionary<string, string?>
        {
            ["Outbox:PublishTimeoutSeconds"] = "2",
            ["Outbox:MaxBackoffSeconds"] = "2",
        });
        using var host = ServiceHost.Build(
            settings,
            services => services.AddSchemaMigrations(ProbeService.Name, ProbeService.Migrations).AddOutbox(ProbeService.Name).AddSingleton<ProbeInbox>(),
            bus => bus.AddConsumer<ProbeConsumer>());
        await host.StartAsync();
        var outbox = host.Services.GetRequiredKeyedService<Outbox>(ProbeService.Name);
        var inbox = host.Services.GetRequiredService<ProbeInbox>();
        var written = new Dictionary<Guid, int>();

        await WriteAsync(outbox, written, 1, 2, 3);
        await ServiceHost.EventuallyAsync(async () => inbox.Received.Count >= 3 && await outbox.PendingAsync() == 0, "the first three published");

        await vhost.CutOffAsync();
        await WriteAsync(outbox, written, 4, 5, 6);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(3, await outbox.PendingAsync()); // nothing is marked sent that the broker has not confirmed
        Assert.Equal(3, inbox.Received.Count);

        await vhost.AllowAsync();
        await ServiceHost.EventuallyAsync(
            async () => inbox.Received.Select(r => r.Number).Distinct().Count() == 6 && await outbox.PendingAsync() == 0, "the rest published after reconnecting", 120);
        Assert.All(inbox.Received, r => Assert.Equal(written[r.MessageId!.Value], r.Number)); // each with the id it was written with
        await host.StopAsync();
    }

    private static async Task WriteAsync(Outbox outbox, Dictionary<Guid, int> written, params int[] numbers)
    {
        await using var connection = await outbox.Database.OpenAsync();
        await using var tx = await outbox.Database.BeginWriteAsync(connection);
        foreach (var number in numbers)
        {
            written[await outbox.AddAsync(tx, new Probe(number))] = number;
        }
        await tx.CommitAsync();
        outbox.Wake();
    }
}
