using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroboration.ServiceDefaults.Security;

/// <summary>
/// Open mode serves loopback only: the configured URLs are checked before the server binds, the
/// bound addresses again once it has (they also cover endpoints set in code), and either way a
/// non-loopback address stops the start. Says loudly that authentication is off.
/// </summary>
public sealed class OpenModeGuard(IConfiguration configuration, IServer server, ILogger<OpenModeGuard> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Refuse(ConfiguredUrls());
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Refuse(bound);
        logger.LogWarning("Auth:Open=true: NO AUTHENTICATION, every caller may submit, read and change everything; serving {Urls} (loopback only)",
            string.Join(", ", bound));
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>True for 127.0.0.0/8, ::1 and <c>localhost</c>; false for wildcards (<c>*</c>, <c>+</c>, 0.0.0.0) and any other host.</summary>
    public static bool IsLoopback(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
        var host = end <= 0 ? rest : rest[..end];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private void Refuse(IEnumerable<string> urls)
    {
        var open = urls.Where(url => !IsLoopback(url)).ToList();
        if (open.Count > 0)
        {
            throw new InvalidOperationException(
                $"Auth:Open=true is allowed on loopback only, but the service would listen on {string.Join(", ", open)}; configure Auth:SigningKey or Auth:Authority instead.");
        }
    }

    /// <summary>
    /// Where the configuration asks Kestrel to listen, in Kestrel's precedence: its endpoints, else
    /// <c>urls</c>, else <c>http_ports</c>/<c>https_ports</c> (every interface).
    /// </summary>
    private IEnumerable<string> ConfiguredUrls()
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }
        var urls = Split(configuration["urls"]);
        return urls.Length > 0 ? urls : Split($"{configuration["http_ports"]};{configuration["https_ports"]}").Select(port => $"http://*:{port}");
    }

    private static string[] Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
