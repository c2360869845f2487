using System.Net;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// Traces, metrics and logs of a running host, read as an operator's tools read them: the JSON
/// console, and Prometheus scraping <c>/metrics</c> over HTTP/1.1.
/// </summary>
public sealed class OperationsTests(OperationsHost host) : IClassFixture<OperationsHost>
{
    [Fact]
    public void AReportSubmittedOverGrpcIsTracedThroughIngestMatchingAndScoring()
    {
        var traced = host.LogLines().Where(line => line.TraceId == host.TraceId.ToString()).ToList();

        var ingest = traced.Where(line => line.Category.EndsWith(".ReportIntake")).ToList();
        var matching = traced.Where(line => line.Category.EndsWith(".IncidentLinker")).ToList();
        var scoring = traced.Where(line => line.Category.EndsWith(".IncidentRescorer")).ToList();
        Assert.Equal(OperationsHost.Reports, ingest.Count); // each gRPC request, in the caller's trace
        Assert.NotEmpty(matching); // ReportBatchIngested consumed, after the outbox relay
        Assert.NotEmpty(scoring); // IncidentChanged consumed, after Matching's relay
        // Each hop in a span of its own below the client's.
        var spans = ingest.Concat(matching).Concat(scoring).Select(line => line.SpanId).ToList();
        Assert.All(spans, span => Assert.False(string.IsNullOrEmpty(span)));
        Assert.DoesNotContain(host.ClientSpanId.ToString(), spans);
        Assert.Empty(ingest.Select(l => l.SpanId).Intersect(matching.Select(l => l.SpanId)));
        Assert.Empty(matching.Select(l => l.SpanId).Intersect(scoring.Select(l => l.SpanId)));
    }

    [Fact]
    public void LogLinesAreJsonWithTheirMessageTemplates()
    {
        var ours = host.LogLines().Where(line => line.Category.StartsWith("Corroboration.")).ToList();

        var started = Assert.Single(ours, line => line.Category == "Corroboration.Host" && line.Message.StartsWith("Embedded mode"));
        // Each address under what it serves: the metrics port is not a gRPC one.
        Assert.Equal(host.Host.Address.ToString().TrimEnd('/'), started.State["Urls"]);
        Assert.Equal(host.MetricsAddress.ToString().TrimEnd('/'), started.State["MetricsUrl"]);
        Assert.Equal("none", started.State["WebUrls"]);
        Assert.All(ours, line => Assert.False(string.IsNullOrEmpty(line.Template), $"no message template: {line.Raw}"));
        var scored = ours.First(line => line.Category.EndsWith(".IncidentRescorer"));
        Assert.Equal("Incident {IncidentId} scored as version {Version}: {Grade} at {Confidence}", scored.Template);
        Assert.Contains("\"IncidentId\":", scored.Raw); // the values as fields, not only inside the text
    }

    [Fact]
    public async Task MetricsAreScrapedOverHttp11WithTheTrafficCounted()
    {
        // Scoring has scored, but the counters of every report may still be landing: scrape until they have.
        var samples = await Eventually.UntilAsync(
            async () => PrometheusSample.ParseAll(await ScrapeAsync()) is var all && EveryReportCounted(all) ? all : null,
            TimeSpan.FromSeconds(30),
            () => "the pipeline's counters stayed below the reports submitted");

        Assert.True(Sum(samples, "corroboration_reports_ingested_total") >= OperationsHost.Reports);
        Assert.True(Sum(samples, "corroboration_matching_link_duration_seconds_count") >= OperationsHost.Reports);
        Assert.True(Sum(samples, "corroboration_matching_link_duration_seconds_sum") > 0);
        Assert.True(Sum(samples, "corroboration_scoring_score_duration_seconds_count") > 0);
        Assert.True(Sum(samples, "corroboration_bus_consume_lag_seconds_count", "message_type=\"ReportBatchIngested\"") > 0);
        Assert.True(Sum(samples, "corroboration_bus_consume_lag_seconds_count", "message_type=\"IncidentChanged\"") > 0);
        Assert.True(Sum(samples, "corroboration_outbox_relay_delay_seconds_count", "service=\"ingest\"") >= OperationsHost.Reports);
        Assert.Contains(samples, s => s.Name == "corroboration_outbox_oldest_pending_age_seconds" && s.Labels.Contains("service=\"scoring\""));
        Assert.True(Sum(samples, "http_server_request_duration_seconds_count") > 0); // ASP.NET Core's own
        Assert.Contains(samples, s => s.Name.StartsWith("dotnet_gc_") && s.Value > 0); // the runtime's
    }

    [Fact]
    public async Task MetricsAreNotServedOnTheGrpcPort()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await http.GetAsync(new Uri(host.Host.Address, "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AMalformedMetricsUrlStopsTheStartWithTheReason()
    {
        var database = Path.Combine(Path.GetTempPath(), $"corro-operations-{Guid.NewGuid():N}.db");
        await using var bad = ServiceProcess.Start("host", EndToEndFixture.ServiceDll("Host"), new Dictionary<string, string>
        {
            ["Database__Provider"] = "sqlite",
            ["Database__ConnectionString"] = $"Data Source={database}",
            ["Auth__Open"] = "true",
            ["Metrics__Url"] = "127.0.0.1:9464",
        });

        var code = await bad.ExitCodeAsync(TimeSpan.FromSeconds(90));

        Assert.NotNull(code);
        Assert.NotEqual(0, code);
        Assert.Contains("Metrics:Url must be an http URL with a port of its own", bad.Output.Text(200));
        File.Delete(database);
    }

    private async Task<string> ScrapeAsync()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var response = await http.GetAsync(new Uri(host.MetricsAddress, "/metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        return await response.Content.ReadAsStringAsync();
    }

    private static bool EveryReportCounted(IReadOnlyList<PrometheusSample> samples) =>
        Sum(samples, "corroboration_reports_ingested_total") >= OperationsHost.Reports
        && Sum(samples, "corroboration_matching_link_duration_seconds_count") >= OperationsHost.Reports
        && Sum(samples, "corroboration_bus_consume_lag_seconds_count", "message_type=\"ReportBatchIngested\"") > 0
        && Sum(samples, "corroboration_outbox_relay_delay_seconds_count", "service=\"ingest\"") >= OperationsHost.Reports;

    private static double Sum(IEnumerable<PrometheusSample> samples, string name, string label = "") =>
        samples.Where(s => s.Name == name && s.Labels.Contains(label)).Sum(s => s.Value);
}
