using Corroboration.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Corroboration.Reliability.Tests;

/// <summary>
/// The watchdog ends a process whose bus cannot recover although the broker answers, and leaves
/// alone one whose broker is away (MassTransit reconnects to it by itself).
/// </summary>
[Collection(nameof(ProcessExitCode))]
public sealed class BusWatchdogTests
{
    private const int PatienceSeconds = 2;

    [BrokerFact]
    public async Task ABusThatCannotRecoverWhileTheBrokerAnswersEndsItsProcessForTheSupervisor()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        // The broker refuses the queue MassTransit declares (same name, other arguments): the
        // endpoint can never start, yet every new connection opens, as when a transport is wedged.
        // (The host does not wait for its bus to start: it never would.)
        await using (var connection = await vhost.Client().CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync("probe", durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?> { ["x-max-length"] = 5 });
        }
        using var host = Probe(vhost, new ProbeInbox(), reconnectSeconds: 2, services => services.PostConfigure<MassTransitHostOptions>(options => options.WaitUntilStarted = false));
        var stopping = Stopping(host);
        try
        {
            await host.StartAsync();

            await stopping.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(BusWatchdog.ExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0; // this process is the test runner
            await host.StopAsync();
        }
    }

    [BrokerFact]
    public async Task ABrokerAwayForLongIsWaitedForAndTheBusRecoversByItself()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        var inbox = new ProbeInbox();
        using var host = Probe(vhost, inbox, new BusOptions().WatchdogReconnectSeconds, _ => { });
        var stopping = Stopping(host);
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();

        await vhost.CutOffAsync();
        await ServiceHost.EventuallyAsync(() => Task.FromResult(bus.CheckHealth().Status != BusHealthStatus.Healthy), "the bus sees the broker gone");
        await Task.Delay(TimeSpan.FromSeconds(PatienceSeconds * 5)); // the watchdog finds the broker away
        await vhost.AllowAsync();
        await ServiceHost.EventuallyAsync(() => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), "the bus reconnected");
        await bus.Publish(new Probe(7));

        await ServiceHost.EventuallyAsync(() => Task.FromResult(inbox.Received.Any(r => r.Number == 7)), "a message published after the outage consumed");
        Assert.False(stopping.IsCompleted, "the watchdog ended a process whose broker was only away");
        await host.StopAsync();
    }

    private static IHost Probe(ScratchVirtualHost vhost, ProbeInbox inbox, int reconnectSeconds, Action<IServiceCollection> more) => ServiceHost.Build(
        vhost.BusSettings().With(new Dictionary<string, string?>
        {
            ["Bus:WatchdogSeconds"] = $"{PatienceSeconds}",
            ["Bus:WatchdogReconnectSeconds"] = $"{reconnectSeconds}",
            ["Logging:LogLevel:Corroboration.ServiceDefaults.BusWatchdog"] = "Information",
        }),
        services => more(services.AddSingleton(inbox)),
        bus => bus.AddConsumer<ProbeConsumer>());

    private static Task Stopping(IHost host)
    {
        var stopping = new TaskCompletionSource();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }
}

/// <summary>Tests that set the process's exit code run one at a time.</summary>
[CollectionDefinition(nameof(ProcessExitCode), DisableParallelization = true)]
public sealed class ProcessExitCode;
