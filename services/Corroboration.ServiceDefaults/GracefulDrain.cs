using System.Collections.Concurrent;
using Corroboration.Storage.Outbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// A shutdown (SIGTERM, Ctrl+C) that loses nothing in hand: before any service stops, every
/// receive endpoint stops taking messages and finishes those it holds, then every outbox relay
/// publishes what they wrote (for at most <see cref="OutboxOptions.DrainSeconds"/>; what is left
/// waits in the table for the next start or another replica), the relays stop, and only then does the bus stop.
/// </summary>
/// <remarks>The relays are looked up at shutdown: they need the bus, which needs this observer to be built.</remarks>
public sealed class GracefulDrain(IServiceProvider services, IOptions<OutboxOptions> options, ILogger<GracefulDrain> logger)
    : IReceiveEndpointObserver, IHostedLifecycleService
{
    private readonly ConcurrentDictionary<IReceiveEndpoint, bool> _endpoints = new();

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Draining: {Endpoints} receive endpoints stop taking messages", _endpoints.Count);
        await Task.WhenAll(_endpoints.Keys.Select(endpoint => endpoint.Stop(cancellationToken)));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.DrainSeconds));
        var relays = services.GetServices<OutboxRelay>().ToList();
        var flushed = await Task.WhenAll(relays.Select(relay => relay.FlushAsync(deadline.Token)));
        // Nothing more will be written; stopped now, the relays cannot be caught publishing by the bus stopping.
        await Task.WhenAll(relays.Select(relay => relay.StopAsync(cancellationToken)));
        logger.LogInformation("Drained: {Flushed} of {Relays} outboxes flushed", flushed.Count(f => f), flushed.Length);
    }

    public Task Ready(ReceiveEndpointReady ready)
    {
        _endpoints[ready.ReceiveEndpoint] = true;
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed)
    {
        _endpoints.TryRemove(completed.ReceiveEndpoint, out _);
        return Task.CompletedTask;
    }

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
