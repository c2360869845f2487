using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>Links, one at a time, the reports of a batch that failed (see <see cref="ReportIngestedConsumer"/>).</summary>
public sealed class ReportIngestedAloneConsumer(IncidentLinker linker) : IConsumer<ReportIngested>
{
    public Task Consume(ConsumeContext<ReportIngested> context) => linker.LinkAsync(context.Message, context.MessageId, context.CancellationToken);
}
