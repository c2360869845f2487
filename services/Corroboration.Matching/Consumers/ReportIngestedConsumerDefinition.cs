using Corroboration.ServiceDefaults;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// One message at a time per process: linking reads and rewrites neighbouring incidents, and
/// concurrent linkers would race on them. (Scaling out is the subject of the distributed mode.)
/// </summary>
public sealed class ReportIngestedConsumerDefinition : ConsumerDefinition<ReportIngestedConsumer>
{
    public ReportIngestedConsumerDefinition() => ConcurrentMessageLimit = 1;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
