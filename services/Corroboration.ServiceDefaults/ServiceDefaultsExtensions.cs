using Corroboration.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corroboration.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>gRPC with the error interceptor, health (database and bus) and reflection, storage, HTTP/2.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options => options.Interceptors.Add<ErrorInterceptor>());
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddCorroborationStorage(builder.Configuration);
        if (builder.Configuration["Kestrel:EndpointDefaults:Protocols"] is null)
        {
            // gRPC over plain-text HTTP/2 needs prior knowledge, which "Http1AndHttp2" cannot offer.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2));
        }
        return builder;
    }

    /// <summary>grpc.health.v1 and server reflection.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
