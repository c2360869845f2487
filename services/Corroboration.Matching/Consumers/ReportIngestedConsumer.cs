using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>Links ReportIngested in batches, one transaction each, through <see cref="ReportLinkQueue"/>.</summary>
public sealed class ReportIngestedConsumer(ReportLinkQueue queue) : IConsumer<ReportIngested>
{
    public Task Consume(ConsumeContext<ReportIngested> context) =>
        queue.LinkAsync(new IncidentLinker.Delivery(context.Message, context.MessageId, InboxTracing.TraceParentOf(context)), context.CancellationToken);
}
