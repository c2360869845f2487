using System.Text.RegularExpressions;

namespace Corroboration.ServiceDefaults.Telemetry;

/// <summary>The Prometheus scraping endpoint (configuration section <c>Metrics</c>).</summary>
public sealed partial class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Where <c>/metrics</c> is served over HTTP/1.1, e.g. <c>http://127.0.0.1:9464</c>: a listener
    /// of its own beside the gRPC ones, which speak plain-text HTTP/2 only. Unset: no endpoint.
    /// The endpoint needs no token; keep its port off public networks.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>The port of <see cref="Url"/>, or null when there is none; a malformed URL fails start-up with the reason.</summary>
    public int? Port()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            return null;
        }
        if (HttpUrlWithPort().Match(Url) is not { Success: true } match || !ushort.TryParse(match.Groups["port"].Value, out var port) || port == 0)
        {
            throw new InvalidOperationException($"Metrics:Url must be an http URL with a port of its own, such as http://127.0.0.1:9464, not '{Url}'.");
        }
        return port;
    }

    [GeneratedRegex(@"^http://(?:\[[0-9A-Fa-f:.]+\]|[^/:\[\]]+):(?<port>\d{1,5})/?$")]
    private static partial Regex HttpUrlWithPort();
}
