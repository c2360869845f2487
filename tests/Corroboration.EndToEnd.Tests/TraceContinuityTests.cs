using System.Diagnostics;
using Corroboration.Protos.V1;
using Grpc.Core;
using Xunit.Abstractions;
using static Corroboration.EndToEnd.Tests.Reports;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// One trace across three processes: a client submits a report over gRPC in a trace of its own
/// (the W3C <c>traceparent</c> header), and Ingest, then Matching and Scoring — separate processes
/// reached over RabbitMQ through each service's outbox relay — log their work on that report under
/// the client's trace id, as an operator finds it in the JSON console logs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TraceContinuityTests(EndToEndFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const string Stored = "Report {ReportId} stored as version {Version} with {ClaimCount} claims ({ExtractionNote})";
    private const string Linked = "Report {ReportId} version {Version} linked; {Changed} incidents changed";
    private const string Scored = "Incident {IncidentId} scored as version {Version}: {Grade} at {Confidence}";

    private readonly IReadOnlyDictionary<string, long> _marks = fixture.OutputMarks();

    /// <summary>The services' output during this test (xUnit shows it when the test fails).</summary>
    public void Dispose() => fixture.WriteOutputSince(_marks, output);

    [Fact]
    public async Task MatchingAndScoringHandleAReportInTheTraceItsClientSubmittedItIn()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var clientSpanId = ActivitySpanId.CreateRandom();
        var report = Report($"e2e-{fixture.RunId}-traced", "Daraa Monitor", "local_monitor", "2021-09-15", $"Shelling of Daraa al-Balad ({fixture.RunId})",
            "Shells hit Daraa al-Balad on 14 September 2021, killing three civilians, residents said.",
            Claim("2021-09-14", "Daraa", "Syria", 32.6189, 36.1021, 3, 3));

        await fixture.IngestClient.SubmitReportAsync(
            new SubmitReportRequest { Report = report },
            new Metadata { { "traceparent", $"00-{traceId}-{clientSpanId}-01" } },
            DateTime.UtcNow.AddSeconds(30));

        // Each hop's line about this report, whatever trace it was written in: a broken chain fails on the ids below, not on a timeout.
        var stored = await LineAsync(fixture.Ingest, Stored, "ReportId", report.Id);
        var linked = await LineAsync(fixture.Matching, Linked, "ReportId", report.Id);
        var incident = Assert.Single((await fixture.MatchingClient.GetIncidentOfReportAsync(
            new GetIncidentOfReportRequest { ReportId = report.Id }, deadline: DateTime.UtcNow.AddSeconds(30))).Incidents);
        var scored = await LineAsync(fixture.Scoring, Scored, "IncidentId", incident.Id);

        var hops = new[] { stored, linked, scored };
        Assert.All(hops, hop => Assert.Equal(traceId.ToString(), hop.TraceId));
        // Each process in spans of its own below the client's.
        var spans = hops.Select(hop => hop.SpanId).ToList();
        Assert.All(spans, span => Assert.Matches("^[0-9a-f]{16}$", span));
        Assert.DoesNotContain(clientSpanId.ToString(), spans);
        Assert.Equal(3, spans.Distinct().Count());
    }

    /// <summary>The first JSON log line of <paramref name="service"/> written with <paramref name="template"/> about <paramref name="key"/> = <paramref name="value"/>.</summary>
    private static Task<JsonLogLine> LineAsync(ServiceProcess service, string template, string key, string value) =>
        Eventually.UntilAsync(
            () => Task.FromResult(service.Output.JsonLogLines().FirstOrDefault(line => line.Template == template && line.State.GetValueOrDefault(key) == value)),
            Eventually.PipelineTimeout,
            () => $"no \"{template}\" line for {key} {value} from {service.Name}:\n{service.Output.Text(30)}");
}
