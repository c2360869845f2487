using Corroboration.Contracts;
using Corroboration.Scoring.Scores;
using MassTransit;

namespace Corroboration.Scoring.Consumers;

/// <summary>Scores, one at a time, the changes of a batch that failed (see <see cref="IncidentChangedConsumer"/>).</summary>
public sealed class IncidentChangedAloneConsumer(IncidentRescorer rescorer) : IConsumer<IncidentChanged>
{
    public Task Consume(ConsumeContext<IncidentChanged> context) => rescorer.RescoreAsync(context.Message, context.MessageId, context.CancellationToken);
}
