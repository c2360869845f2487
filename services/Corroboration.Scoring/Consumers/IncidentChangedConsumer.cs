using Corroboration.Contracts;
using Corroboration.Scoring.Scores;
using MassTransit;

namespace Corroboration.Scoring.Consumers;

public sealed class IncidentChangedConsumer(IncidentRescorer rescorer) : IConsumer<IncidentChanged>
{
    public Task Consume(ConsumeContext<IncidentChanged> context) => rescorer.RescoreAsync(context.Message, context.MessageId, context.CancellationToken);
}
