using MassTransit;

namespace Corroboration.ServiceDefaults.Batches;

/// <summary>
/// The queue of messages to handle alone, whose batch failed: only forwarded to, never bound to
/// the message's exchange, handled in order one at a time with the standard retry; its error
/// queue holds the poison messages.
/// </summary>
public abstract class AloneConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected AloneConsumerDefinition(string queue)
    {
        EndpointName = queue;
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
