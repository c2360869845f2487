using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links ReportIngested in batches, one transaction each (see <see cref="ReportLinkQueue"/>). A
/// report whose batch fails after the linker's own retries is handed to
/// <see cref="ReportIngestedAloneConsumer"/>, whose retries and error queue then concern that
/// report only: a poison report faults alone and the rest of its batch is linked.
/// </summary>
public sealed class ReportIngestedConsumer(ReportLinkQueue queue, ILogger<ReportIngestedConsumer> logger) : IConsumer<ReportIngested>
{
    public async Task Consume(ConsumeContext<ReportIngested> context)
    {
        try
        {
            await queue.LinkAsync(new IncidentLinker.Delivery(context.Message, context.MessageId, InboxTracing.TraceParentOf(context)), context.CancellationToken);
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Report {ReportId} goes to {Queue} to be linked alone", context.Message.ReportId, ReportIngestedAloneConsumerDefinition.Queue);
            var alone = await context.GetSendEndpoint(new Uri("queue:" + ReportIngestedAloneConsumerDefinition.Queue));
            await context.Forward(alone); // keeps the message id, so the inbox still recognizes it
        }
    }
}
