using Corroboration.ServiceDefaults;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// The queue of reports to link alone: only forwarded to, never bound to the ReportIngested
/// exchange, linked in order one at a time, with the standard retry; its error queue holds poison reports.
/// </summary>
public sealed class ReportIngestedAloneConsumerDefinition : ConsumerDefinition<ReportIngestedAloneConsumer>
{
    public const string Queue = "report-ingested-alone";

    public ReportIngestedAloneConsumerDefinition()
    {
        EndpointName = Queue;
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportIngestedAloneConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
