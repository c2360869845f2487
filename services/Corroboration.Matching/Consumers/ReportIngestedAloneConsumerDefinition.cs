using Corroboration.ServiceDefaults.Batches;

namespace Corroboration.Matching.Consumers;

/// <summary>The queue of reports to link alone, whose batch failed (see <see cref="AloneConsumerDefinition{TConsumer}"/>).</summary>
public sealed class ReportIngestedAloneConsumerDefinition() : AloneConsumerDefinition<ReportIngestedAloneConsumer>(Queue)
{
    public const string Queue = "report-ingested-alone";
}
