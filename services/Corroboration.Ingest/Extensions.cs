using Corroboration.Core.Extraction;
using Corroboration.Ingest.Consumers;
using Corroboration.Ingest.Data;
using Corroboration.Ingest.Grpc;
using Corroboration.Ingest.Intake;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Ingest;

public static class Extensions
{
    /// <summary>Ingest's tables, extraction and intake (storage must be registered by the host).</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddSchemaMigrations(IngestSchema.Service, IngestSchema.Migrations);
        // Matching links reports in the order they arrive, so they must leave in the order they came.
        services.AddOutbox(IngestSchema.Service, ordered: true, AnnouncementRuns.Combine);
        services.AddSingleton(_ => new ClaimExtractor(Gazetteer.LoadBundled()));
        services.AddSingleton<ReportStore>();
        services.AddScoped<ReportIntake>();
        services.AddPipelineMetrics();
        return services;
    }

    public static IBusRegistrationConfigurator AddIngestConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SubmitReportConsumer, SubmitReportConsumerDefinition>();
        return bus;
    }

    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<IngestGrpcService>();
        return app;
    }
}
