using Corroboration.Matching.Linking;
using Corroboration.ServiceDefaults;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>The report-ingested endpoint: as many reports in hand as <see cref="LinkBatching.InHand"/> says.</summary>
public sealed class ReportIngestedConsumerDefinition : ConsumerDefinition<ReportIngestedConsumer>
{
    private readonly int _inHand;

    public ReportIngestedConsumerDefinition(LinkBatching batching)
    {
        _inHand = batching.InHand;
        EndpointName = "report-ingested";
        ConcurrentMessageLimit = _inHand;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = _inHand;
        }
        // Retries what the queue does not absorb itself: failing to hand a failed batch on.
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
