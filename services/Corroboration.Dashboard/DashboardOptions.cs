namespace Corroboration.Dashboard;

/// <summary>Where the three services listen (configuration section <c>Dashboard</c>), e.g. <c>Dashboard__Scoring=http://127.0.0.1:5083</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public string? Ingest { get; set; }

    public string? Matching { get; set; }

    public string? Scoring { get; set; }

    /// <summary>Why the dashboard cannot start with these settings, or null.</summary>
    public string? Problem()
    {
        var missing = new[] { ("Ingest", Ingest), ("Matching", Matching), ("Scoring", Scoring) }
            .Where(service => !Uri.TryCreate(service.Item2, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            .Select(service => $"{Section}:{service.Item1}")
            .ToList();
        return missing.Count == 0 ? null : $"set {string.Join(", ", missing)} to the service's http(s):// URL";
    }
}
