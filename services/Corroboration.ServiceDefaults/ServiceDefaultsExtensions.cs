using Corroboration.ServiceDefaults.Security;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corroboration.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// gRPC with the error interceptor and the message size limit, authentication, roles and rate
    /// limit, health (database and bus) and reflection, storage, HTTP/2; traces, metrics and logs
    /// (<see cref="TelemetryExtensions"/>), with HTTP/1.1 on the metrics port alone.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorInterceptor>();
            options.MaxReceiveMessageSize = limits.MaxReceiveMessageBytes;
        });
        builder.AddCorroborationSecurity(limits);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddCorroborationStorage(builder.Configuration);
        builder.AddCorroborationTelemetry();
        var metricsPort = builder.ListenForMetrics();
        if (builder.Configuration["Kestrel:EndpointDefaults:Protocols"] is null)
        {
            // gRPC over plain-text HTTP/2 needs prior knowledge, which "Http1AndHttp2" cannot offer;
            // Prometheus scrapes over HTTP/1.1, so the metrics port speaks that.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols =
                listen.IPEndPoint?.Port == metricsPort ? HttpProtocols.Http1 : HttpProtocols.Http2));
        }
        return builder;
    }

    /// <summary>The security middleware, then grpc.health.v1, server reflection and /metrics, open to anyone (probes carry no token).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseCorroborationSecurity();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapMetrics();
        return app;
    }
}
