using System.Text.RegularExpressions;
using Corroboration.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Corroboration.ServiceDefaults;

/// <summary>
/// Browsers and plain JSON clients speak HTTP/1.1, but gRPC over plain-text HTTP/2 needs an
/// endpoint that speaks HTTP/2 only (prior knowledge; Kestrel cannot tell the two apart without
/// TLS). <c>Web:Urls</c> therefore adds endpoints of their own — HTTP/1.1 over http, HTTP/1.1
/// and HTTP/2 over https (ALPN) — beside the gRPC ones in <c>Urls</c>, which keep HTTP/2 over
/// http and gain HTTP/1.1 over https. Both lists become named Kestrel endpoints, so certificates
/// (<c>Kestrel:Certificates:Default</c>) and the Open-mode loopback check apply to all of them.
/// The Prometheus endpoint (<c>Metrics:Url</c>) is one more HTTP/1.1 endpoint of this kind.
/// </summary>
public static class WebEndpoints
{
    public const string Key = "Web:Urls";

    /// <summary>The ASP.NET Core default when <c>Urls</c> is not set.</summary>
    private const string DefaultUrls = "http://localhost:5000";

    public static WebApplicationBuilder AddWebEndpoints(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var metrics = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        var web = Split(configuration[Key]).Concat(metrics.Port() is null ? [] : [metrics.Url!]).ToArray();
        if (web.Length == 0)
        {
            return builder;
        }
        if (configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            throw new InvalidOperationException(
                $"{Key} cannot be combined with Kestrel:Endpoints; add a named endpoint with Protocols=Http1 there instead.");
        }
        var explicitProtocols = configuration["Kestrel:EndpointDefaults:Protocols"];
        var grpc = Split(configuration["urls"]) is { Length: > 0 } urls ? urls : [DefaultUrls];
        var endpoints = new Dictionary<string, string?>();
        for (var i = 0; i < grpc.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Grpc{i}:Url"] = grpc[i];
            endpoints[$"Kestrel:Endpoints:Grpc{i}:Protocols"] = explicitProtocols ?? (IsTls(grpc[i]) ? "Http1AndHttp2" : "Http2");
        }
        for (var i = 0; i < web.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Web{i}:Url"] = web[i];
            endpoints[$"Kestrel:Endpoints:Web{i}:Protocols"] = IsTls(web[i]) ? "Http1AndHttp2" : "Http1";
        }
        endpoints["urls"] = ""; // now named endpoints: Kestrel would otherwise warn that it overrides them
        configuration.AddInMemoryCollection(endpoints);
        return builder;
    }

    /// <summary>
    /// The addresses the started application listens on, told apart by port for its start-up line:
    /// gRPC (<c>Urls</c>), browsers and JSON clients (<c>Web:Urls</c>), Prometheus (<c>Metrics:Url</c>);
    /// "none" where there is none. Kestrel lists them all together in <see cref="WebApplication.Urls"/>.
    /// </summary>
    public static (string Grpc, string Web, string Metrics) Listening(WebApplication app)
    {
        var webPorts = Split(app.Configuration[Key]).Select(PortOf).ToHashSet();
        var metricsPort = (app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions()).Port();
        string Serving(Func<int, bool> port) => string.Join(", ", app.Urls.Where(url => port(PortOf(url)))) is { Length: > 0 } urls ? urls : "none";
        return (Serving(p => !webPorts.Contains(p) && p != metricsPort), Serving(webPorts.Contains), Serving(p => p == metricsPort));
    }

    /// <summary>The port of a listening URL (<c>http://*:8080</c> too, which <see cref="Uri"/> refuses), or the scheme's.</summary>
    private static int PortOf(string url) =>
        Regex.Match(url, @":(\d+)/?$") is { Success: true } port ? int.Parse(port.Groups[1].Value) : IsTls(url) ? 443 : 80;

    private static bool IsTls(string url) => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
