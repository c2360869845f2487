using Corroboration.Storage.Outbox;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Corroboration.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and structured logs, set up once for every service process. Traces follow a
/// report from the gRPC request through each bus hop (MassTransit's own spans, and the outbox
/// relay continuing the trace a row was written in) and go to an OTLP collector when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; metrics are scraped from <c>/metrics</c> on
/// <see cref="MetricsOptions.Url"/>; logs carry the trace and span ids.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Console logs as one JSON object a line when this is <c>json</c>.</summary>
    public const string ConsoleFormatterSetting = "Logging:Console:FormatterName";

    /// <summary>The standard OpenTelemetry variable; when set, traces, metrics and logs also go there over OTLP.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The bus's ActivitySource and Meter (MassTransit 8 instruments itself under this name).</summary>
    private const string MassTransitSource = "MassTransit";

    public static IHostApplicationBuilder AddCorroborationTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPipelineMetrics();
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (string.Equals(builder.Configuration[ConsoleFormatterSetting], ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            // The trace and span ids travel as a scope: without scopes a JSON line would lose them.
            builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat ??= "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddSource(MassTransitSource, OutboxTracing.SourceName, InboxTracing.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsScrape(context))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(PipelineMetrics.MeterName, OutboxMetrics.MeterName, MassTransitSource)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>The pipeline's meters, for any process that hosts a service (the CLI's batch run too, which exports nothing).</summary>
    public static IServiceCollection AddPipelineMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<PipelineMetrics>();
        return services;
    }

    /// <summary>Serves <c>/metrics</c> for Prometheus on the metrics port only, with no token.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port() is { } port)
        {
            app.MapPrometheusScrapingEndpoint().RequireHost($"*:{port}").AllowAnonymous().DisableRateLimiting();
        }
        return app;
    }

    private static bool IsScrape(HttpContext context) => context.Request.Path.StartsWithSegments("/metrics");

    /// <summary>The bus's consume lag, for every consumer of the process.</summary>
    public static IServiceCollection AddConsumeLag(this IServiceCollection services)
    {
        services.AddPipelineMetrics();
        services.AddConsumeObserver<ConsumeLagObserver>();
        return services;
    }
}
