using Corroboration.Ingest.Intake;
using Corroboration.ServiceDefaults;
using MassTransit;

namespace Corroboration.Ingest.Consumers;

/// <summary>An invalid report fails the same way every time, so it skips the retries.</summary>
public sealed class SubmitReportConsumerDefinition : ConsumerDefinition<SubmitReportConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<SubmitReportConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry).Ignore<InvalidReportException>());
    }
}
