using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links ReportIngested in batches, one transaction each. A batch that fails after the linker's
/// own retries is handed message by message to <see cref="ReportIngestedAloneConsumer"/>, whose
/// retries and error queue then concern that message only: a poison report faults alone and the
/// rest of its batch is linked.
/// </summary>
public sealed class ReportIngestedConsumer(IncidentLinker linker, ILogger<ReportIngestedConsumer> logger) : IConsumer<Batch<ReportIngested>>
{
    public async Task Consume(ConsumeContext<Batch<ReportIngested>> context)
    {
        var batch = context.Message;
        try
        {
            await linker.LinkBatchAsync(batch.Select(m => new IncidentLinker.Delivery(m.Message, m.MessageId, InboxTracing.TraceParentOf(m))).ToList(), context.CancellationToken);
        }
        catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "A batch of {Count} reports failed to link; each goes to {Queue} to be linked alone", batch.Length, ReportIngestedAloneConsumerDefinition.Queue);
            var alone = await context.GetSendEndpoint(new Uri("queue:" + ReportIngestedAloneConsumerDefinition.Queue));
            foreach (var message in batch)
            {
                await message.Forward(alone); // keeps the message id, so the inbox still recognizes it
            }
        }
    }
}
