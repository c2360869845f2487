using MassTransit;

namespace NewsroomConsumer;

/// <summary>
/// <c>listen</c>: a durable queue of our own bound to the <c>IncidentScored</c> and
/// <c>IncidentChanged</c> exchanges, so messages published while we are down wait for us.
/// Runs until Ctrl+C.
/// </summary>
public static class ScoreListener
{
    public static async Task<int> RunAsync(Options options, CancellationToken stop)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            options.Broker.Configure(cfg);
            cfg.ReceiveEndpoint(options.Queue, endpoint =>
            {
                endpoint.Consumer<IncidentScoredPrinter>();
                endpoint.Consumer<MergedAwayPrinter>();
            });
        });
        using (var starting = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            starting.CancelAfter(TimeSpan.FromSeconds(60));
            await bus.StartAsync(starting.Token);
        }
        Console.WriteLine($"listening: IncidentScored on {options.Broker}, queue {options.Queue} (Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        await bus.StopAsync(CancellationToken.None);
        return 0;
    }
}
