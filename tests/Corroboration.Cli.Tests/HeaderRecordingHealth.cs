using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Cli.Tests;

/// <summary>
/// A real gRPC server on a loopback socket whose health service answers SERVING and keeps the
/// <c>authorization</c> header of each call, to see what the client sent.
/// </summary>
public sealed class HeaderRecordingHealth : Health.HealthBase
{
    public List<string?> Authorizations { get; } = [];

    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        lock (Authorizations)
        {
            Authorizations.Add(context.RequestHeaders.GetValue("authorization"));
        }
        return Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });
    }

    public static async Task<(WebApplication App, HeaderRecordingHealth Service, string Address)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var service = new HeaderRecordingHealth();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        var app = builder.Build();
        app.MapGrpcService<HeaderRecordingHealth>();
        await app.StartAsync();
        return (app, service, app.Urls.Single());
    }
}
