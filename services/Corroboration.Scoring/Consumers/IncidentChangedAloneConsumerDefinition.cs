using Corroboration.ServiceDefaults.Batches;

namespace Corroboration.Scoring.Consumers;

/// <summary>The queue of changes to score alone, whose batch failed (see <see cref="AloneConsumerDefinition{TConsumer}"/>).</summary>
public sealed class IncidentChangedAloneConsumerDefinition() : AloneConsumerDefinition<IncidentChangedAloneConsumer>(Queue)
{
    public const string Queue = "incident-changed-alone";
}
