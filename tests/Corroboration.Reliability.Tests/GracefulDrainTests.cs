using Corroboration.Contracts;
using Corroboration.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corroboration.Reliability.Tests;

public sealed class GracefulDrainTests
{
    private const int Changes = 1000;

    [BrokerFact(postgres: true)]
    public async Task StoppingInTheMiddleFinishesWhatIsInHandAndPublishesWhatItWrote()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        await using var database = await ScratchDatabase.CreateAsync();
        var settings = ServiceHost.ScoringOn(database.ConnectionString, vhost.BusSettings());
        // The queue is declared by a first start, then filled while no Scoring runs, so the stop below
        // comes mid-stream. (Stopped hosts are disposed only at the end: MassTransit keeps the logger
        // factory of the last bus built in a static, which a disposed host would leave disposed.)
        using var first = Scoring(settings, new ConsumeCount());
        await first.StartAsync();
        await first.StopAsync();
        using var publisher = ServiceHost.Build(settings, _ => { }, _ => { });
        await publisher.StartAsync();
        var bus = publisher.Services.GetRequiredService<IBus>();
        for (var i = 0; i < Changes; i++)
        {
            await bus.Publish(new IncidentChanged($"inc-{i}", 1, "test", [Member(i)]));
        }
        await publisher.StopAsync();
        var count = new ConsumeCount();
        using var host = Scoring(settings, count);
        await host.StartAsync();
        await ServiceHost.EventuallyAsync(() => Task.FromResult(count.Consumed >= 20), "some changes consumed");

        await host.StopAsync(); // what SIGTERM does

        var db = host.Services.GetRequiredService<DbConnectionFactory>();
        var outbox = host.Services.GetRequiredKeyedService<Outbox>(ScoringSchema.Service);
        await using var connection = await db.OpenAsync();
        var scored = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM scoring_history");
        Assert.True(scored < Changes, "everything was consumed before the stop: the test proves nothing");
        Assert.Equal(0, await outbox.PendingAsync()); // every score stored was announced before the process ended
        Assert.Equal(Changes, scored + await vhost.QueueLengthAsync("incident-changed")); // the rest wait in the queue, none half done
    }

    private static IHost Scoring(Dictionary<string, string?> settings, ConsumeCount count) =>
        ServiceHost.Build(settings, services => services.AddScoring().AddConsumeObserver(_ => count), bus => bus.AddScoringConsumers());

    private static IncidentMember Member(int incident) => new(
        $"r-{incident}", 0, "Amnesty International", "ngo", "2023-10-06", null,
        new ClaimPayload { OccurredOn = "2023-10-05", Place = "Ariha", KilledMin = 12, KilledMax = 12, Perpetrator = "Russia" });
}
