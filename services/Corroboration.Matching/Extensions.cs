using Corroboration.Core.Matching;
using Corroboration.Matching.Consumers;
using Corroboration.Matching.Data;
using Corroboration.Matching.Grpc;
using Corroboration.Matching.Linking;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Matching;

public static class Extensions
{
    /// <summary>Matching's tables, the match model and the linker (storage must be registered by the host).</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSchemaMigrations("matching", MatchingSchema.Migrations);
        services.AddSingleton(new MatchScorer(new MatchWeights()));
        services.AddSingleton<IncidentAssigner>();
        services.AddSingleton<IncidentStore>();
        services.AddScoped<IncidentLinker>();
        return services;
    }

    public static IBusRegistrationConfigurator AddMatchingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ReportIngestedConsumer, ReportIngestedConsumerDefinition>();
        return bus;
    }

    public static IEndpointRouteBuilder MapMatching(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<MatchingGrpcService>();
        return app;
    }
}
