using Corroboration.Contracts;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults.Batches;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Scoring.Consumers;

/// <summary>
/// Scores Matching's changes in batches, one transaction each; a batch that fails goes message by
/// message to <see cref="IncidentChangedAloneConsumer"/> (see <see cref="AloneForwarding"/>).
/// </summary>
public sealed class IncidentChangedConsumer(IncidentRescorer rescorer, ILogger<IncidentChangedConsumer> logger) : IConsumer<Batch<IncidentChanged>>
{
    public Task Consume(ConsumeContext<Batch<IncidentChanged>> context) =>
        AloneForwarding.HandleOrForwardAsync(context, IncidentChangedAloneConsumerDefinition.Queue, () => rescorer.RescoreBatchAsync(
            context.Message.Select(m => new IncidentRescorer.Delivery(m.Message, m.MessageId, InboxTracing.TraceParentOf(m))).ToList(), context.CancellationToken), logger);
}
