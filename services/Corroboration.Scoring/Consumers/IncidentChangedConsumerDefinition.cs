using Corroboration.ServiceDefaults;
using MassTransit;

namespace Corroboration.Scoring.Consumers;

public sealed class IncidentChangedConsumerDefinition : ConsumerDefinition<IncidentChangedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<IncidentChangedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
