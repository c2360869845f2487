using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.ServiceDefaults.Batches;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links ReportIngested in batches, one transaction each; a batch that fails goes message by
/// message to <see cref="ReportIngestedAloneConsumer"/> (see <see cref="AloneForwarding"/>).
/// </summary>
public sealed class ReportIngestedConsumer(IncidentLinker linker, ILogger<ReportIngestedConsumer> logger) : IConsumer<Batch<ReportIngested>>
{
    public Task Consume(ConsumeContext<Batch<ReportIngested>> context) =>
        AloneForwarding.HandleOrForwardAsync(context, ReportIngestedAloneConsumerDefinition.Queue, () => linker.LinkBatchAsync(
            context.Message.Select(m => new IncidentLinker.Delivery(m.Message, m.MessageId, InboxTracing.TraceParentOf(m))).ToList(), context.CancellationToken), logger);
}
