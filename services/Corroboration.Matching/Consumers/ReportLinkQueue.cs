using Corroboration.Matching.Linking;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// The reports waiting to be linked, gathered into the linker's batches (see
/// <see cref="LinkBatching"/>). A batch that fails after the linker's own retries is handed, report
/// by report and in order, to <see cref="ReportIngestedAloneConsumer"/>, whose retries and error
/// queue then concern that report only: a poison report faults alone and the rest of its batch is
/// linked.
/// </summary>
public sealed class ReportLinkQueue
{
    private readonly GroupCommitQueue<IncidentLinker.Delivery> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly IBus _bus;
    private readonly ILogger<ReportLinkQueue> _logger;

    public ReportLinkQueue(LinkBatching batching, IServiceScopeFactory scopes, IBus bus, ILogger<ReportLinkQueue> logger)
    {
        (_scopes, _bus, _logger) = (scopes, bus, logger);
        _queue = new(batching.BatchSize, batching.TimeLimit, batching.Concurrency, LinkOrHandOnAsync);
    }

    /// <summary>Completes when the report's batch is linked or handed on; throws if handing it on failed.</summary>
    public Task LinkAsync(IncidentLinker.Delivery delivery, CancellationToken cancellationToken) => _queue.CommitAsync(delivery, cancellationToken);

    private async Task LinkOrHandOnAsync(IReadOnlyList<IncidentLinker.Delivery> deliveries)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            // Not a consumer's token: the batch holds other consumers' reports too.
            await scope.ServiceProvider.GetRequiredService<IncidentLinker>().LinkBatchAsync(deliveries, CancellationToken.None);
        }
        catch (Exception failure)
        {
            _logger.LogWarning(failure, "A batch of {Count} reports failed to link; each goes to {Queue} to be linked alone", deliveries.Count, ReportIngestedAloneConsumerDefinition.Queue);
            var alone = await _bus.GetSendEndpoint(new Uri("queue:" + ReportIngestedAloneConsumerDefinition.Queue));
            foreach (var delivery in deliveries)
            {
                // The same message id, so that the inbox still recognizes a report linked after all.
                await alone.Send(delivery.Report, context => context.MessageId = delivery.MessageId);
            }
        }
    }
}
