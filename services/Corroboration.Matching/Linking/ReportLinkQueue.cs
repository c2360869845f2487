namespace Corroboration.Matching.Linking;

/// <summary>The reports waiting to be linked, gathered into the linker's batches (see <see cref="LinkBatching"/>).</summary>
public sealed class ReportLinkQueue(LinkBatching batching, IServiceScopeFactory scopes, ILogger<ReportLinkQueue> logger)
{
    private readonly GroupCommitQueue<IncidentLinker.Delivery> _queue = new(batching.BatchSize, batching.TimeLimit, batching.Concurrency, async deliveries =>
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            // Not a consumer's token: the batch holds other consumers' reports too.
            await scope.ServiceProvider.GetRequiredService<IncidentLinker>().LinkBatchAsync(deliveries, CancellationToken.None);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "A batch of {Count} reports failed to link", deliveries.Count);
            throw;
        }
    });

    /// <summary>Completes when the report's batch is linked; throws what linking the batch threw.</summary>
    public Task LinkAsync(IncidentLinker.Delivery delivery, CancellationToken cancellationToken) => _queue.CommitAsync(delivery, cancellationToken);
}
