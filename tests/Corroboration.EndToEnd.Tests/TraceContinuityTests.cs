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

    private static readonly string[] Months = ["March", "April", "May", "June"];

    private readonly IReadOnlyDictionary<string, long> _marks = fixture.OutputMarks();

    /// <summary>The services' output during this test (xUnit shows it when the test fails).</summary>
    public void Dispose() => fixture.WriteOutputSince(_marks, output);

    [Fact]
    public async Task MatchingAndScoringHandleEachReportInTheTraceItsClientSubmittedItIn()
    {
        // Reports sent together reach Matching in one batch: each must still keep its own trace.
        var places = new[] { ("Daraa", 32.6189, 36.1021), ("Idlib", 35.9306, 36.6339), ("Raqqa", 35.9528, 39.0079), ("Homs", 34.7324, 36.7137) };
        // Months and places apart, so that each is an incident of its own with a score of its own.
        var reports = places.Select((place, i) => Report($"e2e-{fixture.RunId}-traced-{i}", "Daraa Monitor", "local_monitor", $"2021-0{i + 3}-15",
            $"Shelling of {place.Item1} ({fixture.RunId})", $"Shells hit {place.Item1} on 14 {Months[i]} 2021, killing {i + 2} civilians, residents said.",
            Claim($"2021-0{i + 3}-14", place.Item1, "Syria", place.Item2, place.Item3, i + 2, i + 2))).ToList();
        var traces = reports.Select(_ => (Trace: ActivityTraceId.CreateRandom(), ClientSpan: ActivitySpanId.CreateRandom())).ToList();

        await Task.WhenAll(reports.Select((report, i) => fixture.IngestClient.SubmitReportAsync(
            new SubmitReportRequest { Report = report },
            new Metadata { { "traceparent", $"00-{traces[i].Trace}-{traces[i].ClientSpan}-01" } },
            DateTime.UtcNow.AddSeconds(30)).ResponseAsync));

        for (var i = 0; i < reports.Count; i++)
        {
            await AssertHandledInTraceAsync(reports[i].Id, traces[i].Trace, traces[i].ClientSpan);
        }
    }

    private async Task AssertHandledInTraceAsync(string reportId, ActivityTraceId traceId, ActivitySpanId clientSpanId)
    {
        // Each hop's line about this report, whatever trace it was written in: a broken chain fails on the ids below, not on a timeout.
        var stored = await LineAsync(fixture.Ingest, Stored, "ReportId", reportId);
        var linked = await LineAsync(fixture.Matching, Linked, "ReportId", reportId);
        var incident = Assert.Single(await IncidentsOfAsync(reportId)); // the line is written just before the linking commits
        var scored = await LineAsync(fixture.Scoring, Scored, "IncidentId", incident.Id);

        var hops = new[] { stored, linked, scored };
        Assert.All(hops, hop => Assert.Equal(traceId.ToString(), hop.TraceId));
        // Each process in spans of its own below the client's.
        var spans = hops.Select(hop => hop.SpanId).ToList();
        Assert.All(spans, span => Assert.Matches("^[0-9a-f]{16}$", span));
        Assert.DoesNotContain(clientSpanId.ToString(), spans);
        Assert.Equal(3, spans.Distinct().Count());
    }

    private Task<IReadOnlyList<Incident>> IncidentsOfAsync(string reportId) =>
        Eventually.UntilAsync<IReadOnlyList<Incident>>(async () =>
        {
            try
            {
                return (await fixture.MatchingClient.GetIncidentOfReportAsync(
                    new GetIncidentOfReportRequest { ReportId = reportId }, deadline: DateTime.UtcNow.AddSeconds(30))).Incidents;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, Eventually.PipelineTimeout, () => $"report {reportId} is in no incident");

    /// <summary>The first JSON log line of <paramref name="service"/> written with <paramref name="template"/> about <paramref name="key"/> = <paramref name="value"/>.</summary>
    private static Task<JsonLogLine> LineAsync(ServiceProcess service, string template, string key, string value) =>
        Eventually.UntilAsync(
            () => Task.FromResult(service.Output.JsonLogLines().FirstOrDefault(line => line.Template == template && line.State.GetValueOrDefault(key) == value)),
            Eventually.PipelineTimeout,
            () => $"no \"{template}\" line for {key} {value} from {service.Name}:\n{service.Output.Text(30)}");
}
