using Corroboration.Core.Matching;
using Corroboration.Matching.Consumers;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Grpc;
using Corroboration.Matching.Leading;
using Corroboration.Matching.Linking;
using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corroboration.Matching;

public static class Extensions
{
    /// <summary>Matching's tables, the match model, the linker and analysts' tools (storage must be registered by the host).</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSchemaMigrations(MatchingSchema.Service, MatchingSchema.Migrations);
        services.AddOutbox(MatchingSchema.Service);
        services.TryAddSingleton<MatchModelSource>();
        services.AddSingleton<TermRarity>();
        services.AddHostedService<TermRaritySeeder>();
        services.AddSingleton(sp => new MatchScorer(sp.GetRequiredService<MatchModelSource>().Weights, sp.GetRequiredService<TermRarity>()));
        services.AddSingleton<IncidentAssigner>();
        services.AddSingleton<IncidentStore>();
        services.AddSingleton<ConstraintStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<ParsedRows>();
        services.AddSingleton<StoredLinking>();
        services.AddSingleton<HeldLinking>();
        services.AddSingleton<ILinkingSource>(sp => HoldsTables(sp.GetRequiredService<IConfiguration>())
            ? sp.GetRequiredService<HeldLinking>() : sp.GetRequiredService<StoredLinking>());
        services.AddSingleton<IncidentRefresher>();
        services.AddSingleton<LinkGuard>();
        services.AddSingleton<ConstraintCheck>();
        services.AddSingleton<MatchExplainer>();
        services.TryAddSingleton<AnalystIdentity>(); // one per process: Scoring asks it too
        services.AddScoped<IncidentLinker>();
        services.AddPipelineMetrics();
        services.AddScoped<IncidentCurator>();
        services.AddScoped<ConstraintEditor>();
        return services;
    }

    /// <summary>
    /// Where linking finds its tables: <c>held</c> (the default: one linker's copy in memory, see
    /// <see cref="HeldLinking"/>) or <c>stored</c> (statement by statement; linkers may run side by side).
    /// </summary>
    public const string LinkingSettingName = "Matching:Linking";

    /// <summary>Whether linking holds the tables in memory; an unknown value of the setting stops the service.</summary>
    public static bool HoldsTables(IConfiguration configuration) => (configuration[LinkingSettingName] ?? "held") switch
    {
        "held" => true,
        "stored" => false,
        var other => throw new InvalidOperationException($"{LinkingSettingName} is '{other}': it must be 'held' or 'stored'"),
    };

    public static IBusRegistrationConfigurator AddMatchingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ReportBatchIngestedConsumer, ReportBatchIngestedConsumerDefinition>();
        return bus;
    }

    public static IEndpointRouteBuilder MapMatching(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<MatchingGrpcService>();
        return app;
    }
}
