using Corroboration.Core.Scoring;
using Corroboration.Scoring.Analysts;
using Corroboration.Scoring.Consumers;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Grpc;
using Corroboration.Scoring.Reliability;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corroboration.Scoring;

public static class Extensions
{
    /// <summary>Scoring's tables, the scorer, reliability learning, analysts' tools and the live feed (storage must be registered by the host).</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services)
    {
        services.AddSchemaMigrations(ScoringSchema.Service, ScoringSchema.Migrations);
        services.AddOutbox(ScoringSchema.Service);
        services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.Section);
        services.AddSingleton<CorroborationScorer>();
        services.AddSingleton<ScoreStore>();
        services.AddSingleton<FlagStore>();
        services.AddSingleton<TrustStore>();
        services.AddSingleton<ScoringAuditStore>();
        services.AddSingleton<ScoreFeed>();
        services.AddSingleton<TrustCache>();
        services.AddSingleton<RelearnSchedule>();
        services.AddHostedService<RelearnService>();
        services.TryAddSingleton<AnalystIdentity>();
        services.AddScoped<IncidentRescorer>();
        services.AddPipelineMetrics();
        services.AddScoped<ReliabilityLearner>();
        services.AddScoped<IncidentFlagger>();
        services.AddScoped<SourcePinner>();
        return services;
    }

    public static IBusRegistrationConfigurator AddScoringConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<IncidentChangedConsumer, IncidentChangedConsumerDefinition>();
        bus.AddConsumer<IncidentChangedAloneConsumer, IncidentChangedAloneConsumerDefinition>();
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
