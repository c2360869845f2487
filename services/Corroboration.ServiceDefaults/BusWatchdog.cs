using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// Ends the process when its RabbitMQ bus has stayed unhealthy for <see cref="BusOptions.WatchdogSeconds"/>
/// and then, for <see cref="BusOptions.WatchdogReconnectSeconds"/>, the broker has taken fresh connections. A broker that restarts
/// while a consumer holds messages can leave MassTransit's receive transport waiting for ever on
/// the dead channel (MassTransit issues 2072 and 5942): the queue keeps its messages, no consumer
/// takes them, publishing fails, and only a new process recovers. Restarting the bus in the process
/// is no cure: a start that fails leaves it never started. While the broker itself is away the
/// watchdog waits, since MassTransit reconnects by itself.
/// </summary>
/// <remarks>
/// The process stops gracefully with exit code <see cref="ExitCode"/>; its supervisor starts it
/// again (compose's restart policy, <c>deploy/local/cluster.sh</c>'s loop), and what it held is
/// redelivered, to be dropped by the inbox if it was done.
/// </remarks>
public sealed class BusWatchdog(IBusControl bus, BusOptions options, IHostApplicationLifetime lifetime, ILogger<BusWatchdog> logger) : BackgroundService
{
    /// <summary>EX_TEMPFAIL: start me again.</summary>
    public const int ExitCode = 75;

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var patience = TimeSpan.FromSeconds(options.WatchdogSeconds);
        var reconnect = TimeSpan.FromSeconds(options.WatchdogReconnectSeconds);
        var look = TimeSpan.FromSeconds(Math.Clamp(options.WatchdogSeconds / 4.0, 0.5, 5));
        long? unhealthySince = null, answeringSince = null;
        var unhealthyAndAway = false; // told once, not at every look
        while (await Wait(look, stoppingToken))
        {
            var health = bus.CheckHealth();
            if (health.Status == BusHealthStatus.Healthy)
            {
                if (unhealthySince is not null)
                {
                    logger.LogInformation("Bus healthy again");
                }
                unhealthySince = answeringSince = null;
                unhealthyAndAway = false;
                continue;
            }
            if (unhealthySince is not { } since)
            {
                logger.LogWarning("Bus {Status}: {Description}", health.Status, health.Description);
                unhealthySince = Stopwatch.GetTimestamp();
                continue;
            }
            if (Stopwatch.GetElapsedTime(since) < patience)
            {
                continue;
            }
            answeringSince = await BrokerAnswersAsync(quiet: unhealthyAndAway, stoppingToken) ? answeringSince ?? Stopwatch.GetTimestamp() : null;
            unhealthyAndAway = answeringSince is null;
            if (answeringSince is { } answering && Stopwatch.GetElapsedTime(answering) >= reconnect)
            {
                logger.LogCritical(
                    "Bus {Status} for {Seconds:0} s ({Description}) while the broker takes new connections and queues: ending the process (exit code {ExitCode}) for its supervisor to start a fresh one",
                    health.Status, Stopwatch.GetElapsedTime(since).TotalSeconds, health.Description, ExitCode);
                Environment.ExitCode = ExitCode;
                lifetime.StopApplication();
                return;
            }
        }
    }

    /// <summary>Whether the bus's virtual host takes a new connection and a queue on it, past MassTransit.</summary>
    private async Task<bool> BrokerAnswersAsync(bool quiet, CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = options.Host,
            Port = options.Port,
            VirtualHost = options.VirtualHost,
            UserName = options.Username,
            Password = options.Password,
            RequestedConnectionTimeout = ProbeTimeout,
            ClientProvidedName = "corroboration-bus-watchdog",
        };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(ProbeTimeout);
            await using var connection = await factory.CreateConnectionAsync(timeout.Token);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: timeout.Token);
            await channel.QueueDeclareAsync(cancellationToken: timeout.Token); // a server-named queue, gone with the connection
            return true;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            if (!quiet)
            {
                logger.LogInformation("Bus unhealthy and the broker away ({Reason}): the reconnect is MassTransit's", ex.Message);
            }
            return false;
        }
    }

    private static async Task<bool> Wait(TimeSpan look, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(look, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
