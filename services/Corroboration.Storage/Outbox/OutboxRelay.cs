using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// Publishes one service's outbox rows, a round of them at a time started in order (one after
/// another when the outbox is <see cref="Outbox.Ordered"/>), each with its stored message id, and
/// waits for the broker's confirmation of all (RabbitMQ publisher confirms) before it marks them sent. When the broker
/// is down it tries again with growing pauses; MassTransit reconnects underneath. A row published
/// but not marked (a crash, a lost confirmation) is published again later with the same id, which
/// the consumers' inboxes drop: delivery is at least once, effects exactly once.
/// </summary>
public sealed class OutboxRelay(Outbox outbox, IBus bus, IOptions<OutboxOptions> options, OutboxMetrics metrics, ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private readonly OutboxOptions _options = options.Value;
    private readonly SemaphoreSlim _round = new(1, 1);

    public Outbox Outbox => outbox;

    /// <summary>Publishes until nothing is pending or <paramref name="cancellationToken"/> fires; true when all went out.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await RelayRoundAsync(cancellationToken) > 0)
            {
            }
            return true;
        }
        catch (Exception failure)
        {
            logger.LogWarning("Outbox of {Service} not flushed: {Reason}; what is left stays for the next start", outbox.Service, failure.Message);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        var pruned = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayRoundAsync(stoppingToken) >= _options.BatchSize)
                {
                    continue; // more are waiting
                }
                backoff = TimeSpan.Zero;
                if (DateTimeOffset.UtcNow - pruned > PruneEvery)
                {
                    await outbox.PruneAsync(TimeSpan.FromHours(_options.KeepHours), stoppingToken);
                    pruned = DateTimeOffset.UtcNow;
                }
                if (await outbox.WaitForWorkAsync(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(_options.LingerMilliseconds), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                backoff = TimeSpan.FromSeconds(Math.Min(_options.MaxBackoffSeconds, Math.Max(0.2, backoff.TotalSeconds * 2)));
                logger.LogWarning("Outbox of {Service}: publishing failed ({Reason}); trying again in {Backoff}", outbox.Service, failure.Message, backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims the oldest pending rows, publishes them and marks them sent; returns how many.</summary>
    private async Task<int> RelayRoundAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken); // the loop and a drain share one relay
        try
        {
            var db = outbox.Database;
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var tx = db.Dialect == SqlDialect.Postgres ? await connection.BeginTransactionAsync(cancellationToken) : null;
            var rows = await outbox.ClaimAsync(connection, tx, _options.BatchSize, cancellationToken);
            metrics.Pending(outbox.Service, rows.FirstOrDefault());
            var publications = outbox.Publications(rows).ToList();
            if (outbox.Ordered)
            {
                foreach (var publication in publications)
                {
                    await PublishAsync(publication, cancellationToken);
                }
            }
            else
            {
                // Started in order and confirmed together: a round waits for about one confirmation, not one per row.
                await Task.WhenAll(publications.Select(publication => PublishAsync(publication, cancellationToken)).ToList());
            }
            if (rows.Count > 0)
            {
                await outbox.MarkSentAsync(connection, tx, rows.Select(r => r.Id).ToList(), cancellationToken);
            }
            if (tx is not null)
            {
                await tx.CommitAsync(cancellationToken);
            }
            if (rows.Count < _options.BatchSize)
            {
                metrics.Pending(outbox.Service, null); // all out; a full batch means more wait, whose age the next round reports
            }
            return rows.Count;
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task PublishAsync(OutboxPublication publication, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.PublishTimeoutSeconds));
        using var span = OutboxTracing.StartPublish(outbox.Service, publication);
        try
        {
            // Completes once the broker has confirmed the message (publisher confirms are on).
            await bus.Publish(publication.Message, publication.MessageType, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = publication.MessageId;
                foreach (var (name, value) in publication.Headers ?? new Dictionary<string, string>())
                {
                    context.Headers.Set(name, value);
                }
            }), timeout.Token);
        }
        catch (Exception failure)
        {
            span?.SetStatus(ActivityStatusCode.Error, failure.Message);
            throw;
        }
        foreach (var row in publication.Rows)
        {
            metrics.Published(outbox.Service, row);
        }
    }
}
