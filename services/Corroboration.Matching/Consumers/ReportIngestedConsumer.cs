using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using MassTransit;

namespace Corroboration.Matching.Consumers;

public sealed class ReportIngestedConsumer(IncidentLinker linker) : IConsumer<ReportIngested>
{
    public Task Consume(ConsumeContext<ReportIngested> context) => linker.LinkAsync(context.Message, context.MessageId, context.CancellationToken);
}
