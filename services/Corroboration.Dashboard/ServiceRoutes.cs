using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Corroboration.Dashboard;

/// <summary>
/// Which service answers which HTTP/JSON route (the <c>google.api.http</c> paths in
/// <c>protos/</c>), as YARP routes and clusters. Plain-text services speak HTTP/2 only (gRPC
/// prior knowledge), so the forwarder talks HTTP/2 to them exactly, never HTTP/1.1.
/// </summary>
public static class ServiceRoutes
{
    private static readonly (string Path, string Service)[] Routes =
    [
        ("/v1/reports/{id}/incidents", "matching"), // before Ingest's /v1/reports/**
        ("/v1/reports/{**rest}", "ingest"),
        ("/v1/reports", "ingest"),
        ("/v1/incidents/{**rest}", "matching"),
        ("/v1/incidents", "matching"),
        ("/v1/claims:move", "matching"),
        ("/v1/constraints/{**rest}", "matching"),
        ("/v1/constraints", "matching"),
        ("/v1/matching/{**rest}", "matching"),
        ("/v1/scores/{**rest}", "scoring"),
        ("/v1/scores", "scoring"),
        ("/v1/scores:watch", "scoring"),
        ("/v1/scores:search", "scoring"),
        ("/v1/sources/{**rest}", "scoring"),
        ("/v1/sources", "scoring"),
        ("/v1/sources:setReliability", "scoring"),
        ("/v1/scoring/{**rest}", "scoring"),
    ];

    public static IReadOnlyList<RouteConfig> RouteConfigs() =>
        Routes.Select((route, i) => new RouteConfig
        {
            RouteId = $"route{i}",
            ClusterId = route.Service,
            Order = i,
            Match = new RouteMatch { Path = route.Path },
        }).ToList();

    public static IReadOnlyList<ClusterConfig> ClusterConfigs(DashboardOptions services) =>
    [
        Cluster("ingest", services.Ingest!),
        Cluster("matching", services.Matching!),
        Cluster("scoring", services.Scoring!),
    ];

    private static ClusterConfig Cluster(string id, string address) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["default"] = new() { Address = address } },
        HttpRequest = new ForwarderRequestConfig
        {
            Version = HttpVersion.Version20,
            VersionPolicy = address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                ? HttpVersionPolicy.RequestVersionOrLower
                : HttpVersionPolicy.RequestVersionExact,
            // WatchScores streams for as long as the page is open.
            ActivityTimeout = TimeSpan.FromHours(12),
        },
    };
}
