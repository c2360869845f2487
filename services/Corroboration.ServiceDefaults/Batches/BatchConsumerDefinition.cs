using MassTransit;

namespace Corroboration.ServiceDefaults.Batches;

/// <summary>
/// An endpoint whose consumer takes messages in batches (<see cref="BatchSettings"/>), with the
/// standard retry for what the consumer does not absorb itself: failing to hand a failed batch on
/// to its <see cref="AloneConsumerDefinition{TConsumer}"/>.
/// </summary>
public abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected BatchConsumerDefinition(string endpointName, BatchSettings batch)
    {
        Batch = batch;
        EndpointName = endpointName;
        // Enough messages in hand for every batch to fill without waiting for the time limit.
        ConcurrentMessageLimit = batch.Size * batch.Concurrency;
    }

    protected BatchSettings Batch { get; }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = Batch.Size * Batch.Concurrency;
            ConfigureRabbitMq(rabbit);
        }
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(Batch.Size).SetTimeLimit(Batch.TimeLimit).SetConcurrencyLimit(Batch.Concurrency));
    }

    /// <summary>What else the endpoint needs on RabbitMQ.</summary>
    protected virtual void ConfigureRabbitMq(IRabbitMqReceiveEndpointConfigurator rabbit)
    {
    }
}
