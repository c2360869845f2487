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
    /// gRPC with the error interceptor and the message size limit, HTTP/JSON by JSON transcoding
    /// with its OpenAPI description, authentication, roles and rate limit, health (database and
    /// bus) and reflection, storage, HTTP/2; traces, metrics and logs (<see cref="TelemetryExtensions"/>);
    /// HTTP/1.1 on <c>Web:Urls</c> and the metrics port (<see cref="WebEndpoints"/>).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitOptions.Section).Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorInterceptor>();
            options.MaxReceiveMessageSize = limits.MaxReceiveMessageBytes;
        }).AddJsonTranscoding(options =>
            // The error details the services attach (RpcErrors, CurationErrors), so HTTP/JSON errors can carry them.
            options.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(
                Google.Rpc.BadRequest.Descriptor, Google.Rpc.PreconditionFailure.Descriptor));
        builder.Services.AddHttpJsonDescription();
        builder.AddCorroborationSecurity(limits);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddCorroborationStorage(builder.Configuration);
        builder.AddCorroborationTelemetry();
        builder.AddWebEndpoints();
        if (builder.Configuration["Kestrel:EndpointDefaults:Protocols"] is null)
        {
            // gRPC over plain-text HTTP/2 needs prior knowledge, which "Http1AndHttp2" cannot offer.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2));
        }
        return builder;
    }

    /// <summary>
    /// The OpenAPI document, then the security middleware, then grpc.health.v1, server reflection
    /// and /metrics, open to anyone (probes carry no token; the document describes, it holds no data).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseHttpJsonDescription();
        app.UseCorroborationSecurity();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapMetrics();
        return app;
    }
}
