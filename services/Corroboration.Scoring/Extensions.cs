using Corroboration.Core.Scoring;
using Corroboration.Scoring.Consumers;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Grpc;
using Corroboration.Scoring.Scores;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Scoring;

public static class Extensions
{
    /// <summary>Scoring's tables, the scorer and the live feed (storage must be registered by the host).</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services)
    {
        services.AddSchemaMigrations("scoring", ScoringSchema.Migrations);
        services.AddSingleton<CorroborationScorer>();
        services.AddSingleton<ScoreStore>();
        services.AddSingleton<ScoreFeed>();
        services.AddScoped<IncidentRescorer>();
        return services;
    }

    public static IBusRegistrationConfigurator AddScoringConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<IncidentChangedConsumer, IncidentChangedConsumerDefinition>();
        // Every Scoring process hears every score, whichever replica computed it, for its watchers.
        bus.AddConsumer<ScoreFeedConsumer>().Endpoint(endpoint =>
        {
            endpoint.Temporary = true;
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..8];
        });
        return bus;
    }

    public static IEndpointRouteBuilder MapScoring(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<ScoringGrpcService>();
        return app;
    }
}
