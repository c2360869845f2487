using Corroboration.ServiceDefaults.Batches;

namespace Corroboration.Matching.Consumers;

/// <summary>The queue of report batches to link report by report, whose transaction failed (see <see cref="AloneConsumerDefinition{TConsumer}"/>).</summary>
public sealed class ReportBatchIngestedAloneConsumerDefinition() : AloneConsumerDefinition<ReportBatchIngestedAloneConsumer>(Queue)
{
    public const string Queue = "report-ingested-alone";
}
