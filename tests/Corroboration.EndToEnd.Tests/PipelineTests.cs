using System.Diagnostics;
using Corroboration.Protos.V1;
using Grpc.Core;
using MassTransit;
using Xunit.Abstractions;
using static Corroboration.EndToEnd.Tests.Reports;

namespace Corroboration.EndToEnd.Tests;

/// <summary>
/// Reports in at one end, scored incidents out at the other, across three processes. Every test
/// works at its own place and date, with ids unique to the run, so tests neither see each other's
/// incidents nor depend on an empty broker.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PipelineTests : IDisposable
{
    private readonly EndToEndFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly IReadOnlyDictionary<string, long> _marks;

    public PipelineTests(EndToEndFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        _marks = fixture.OutputMarks();
    }

    /// <summary>The services' output during this test (xUnit shows it when the test fails).</summary>
    public void Dispose() => _fixture.WriteOutputSince(_marks, _output);

    private string Id(string name) => $"e2e-{_fixture.RunId}-{name}";

    private static DateTime Deadline(int seconds = 30) => DateTime.UtcNow.AddSeconds(seconds);

    [Fact]
    public async Task ReportsSubmittedOverGrpcEndAsScoredIncidents()
    {
        const string strikeText = "an airstrike hit the vegetable market in Maarat al-Numan on 12 March 2024, killing five civilians and wounding a dozen, residents said";
        var ngo = Report(Id("strike-ngo"), "Airwars", "ngo", "2024-03-13", $"Airstrike on Maarat al-Numan market kills five ({_fixture.RunId})",
            "Our researchers confirmed that " + strikeText + ".",
            Claim("2024-03-12", "Maarat al-Numan", "Syria", 35.6433, 36.6725, 5, 5));
        var wire = Report(Id("strike-wire"), "Reuters", "wire", "2024-03-12T18:40:00Z", "Five civilians killed in strike on Syrian market",
            "Five civilians were killed when " + strikeText + " and medics told Reuters.",
            Claim("2024-03-12", "Maarat al-Numan", "Syria", 35.6440, 36.6730, 4, 6));
        var copy = Report(Id("strike-copy"), "Daily Courier", "media", "2024-03-14", "Market strike in Idlib province",
            "According to Airwars, " + strikeText + ".",
            Claim("2024-03-12", "Maarat al-Numan", "Syria", 35.6433, 36.6725, 5, 5));
        copy.Claims[0].Cites.Add("Airwars");
        var unrelated = Report(Id("bomb-mosul"), "Mosul Eye", "local_monitor", "2024-04-21", $"Car bomb at a Mosul checkpoint ({_fixture.RunId})",
            "A car bomb exploded next to a checkpoint on the eastern bank of Mosul on 20 April 2024, killing two policemen.",
            Claim("2024-04-20", "Mosul", "Iraq", 36.3400, 43.1300, 2, 2));
        unrelated.Claims[0].Weapons.Clear();
        unrelated.Claims[0].Weapons.Add("car bomb");
        var submitted = new[] { ngo, wire, copy, unrelated };

        using (var call = _fixture.IngestClient.SubmitReports(deadline: Deadline(60)))
        {
            foreach (var report in submitted)
            {
                await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = report });
            }
            await call.RequestStream.CompleteAsync();
            var response = await call;
            Assert.Equal(4, response.Accepted);
            Assert.Equal(0, response.Rejected);
            Assert.Equal(submitted.Select(r => r.Id), response.Results.Select(r => r.Id));
            Assert.Equal([0, 1, 2, 3], response.Results.Select(r => r.Index));
            Assert.All(response.Results, r => Assert.Equal(SubmitOutcome.Accepted, r.Outcome));
            Assert.All(response.Results, r => Assert.Equal(1, r.ClaimCount));
        }

        // Scores settle once the three strike reports share one incident and the bomb has its own.
        List<ScoredIncident> scores = [];
        await Eventually.UntilAsync(async () =>
        {
            scores = await Eventually.AllScoresAsync(_fixture.ScoringClient);
            var strike = scores.SingleOrDefault(s => s.ReportIds.Contains(ngo.Id));
            var settled = strike is not null
                && strike.ReportIds.Contains(wire.Id) && strike.ReportIds.Contains(copy.Id)
                && scores.Any(s => s.ReportIds.Contains(unrelated.Id));
            return settled ? scores : null;
        }, Eventually.PipelineTimeout, () => Eventually.Describe(scores));

        var strikeScore = scores.Single(s => s.ReportIds.Contains(ngo.Id));
        var bombScore = scores.Single(s => s.ReportIds.Contains(unrelated.Id));
        Assert.NotEqual(strikeScore.Id, bombScore.Id);
        Assert.Equal([copy.Id, ngo.Id, wire.Id], strikeScore.ReportIds.Order(StringComparer.Ordinal));
        Assert.Equal("fair", strikeScore.Grade);
        // The Daily Courier cites Airwars: a copy, not a third independent source.
        Assert.Equal(2, strikeScore.IndependentSources);
        Assert.False(strikeScore.Contested);
        Assert.Equal("2024-03-12", strikeScore.OccurredOn);
        Assert.Equal([unrelated.Id], bombScore.ReportIds);
        Assert.Equal("weak", bombScore.Grade);
        Assert.Equal(1, bombScore.IndependentSources);
        Assert.True(strikeScore.Confidence > bombScore.Confidence, $"{strikeScore.Confidence} vs {bombScore.Confidence}");

        // Matching agrees: the two independent reports (and the copy) sit in one incident, the bomb in another.
        var ofNgo = await _fixture.MatchingClient.GetIncidentOfReportAsync(new GetIncidentOfReportRequest { ReportId = ngo.Id }, deadline: Deadline());
        var ofWire = await _fixture.MatchingClient.GetIncidentOfReportAsync(new GetIncidentOfReportRequest { ReportId = wire.Id }, deadline: Deadline());
        var ofBomb = await _fixture.MatchingClient.GetIncidentOfReportAsync(new GetIncidentOfReportRequest { ReportId = unrelated.Id }, deadline: Deadline());
        var incident = Assert.Single(ofNgo.Incidents);
        Assert.Equal(incident.Id, Assert.Single(ofWire.Incidents).Id);
        Assert.Equal(strikeScore.Id, incident.Id);
        Assert.Equal(bombScore.Id, Assert.Single(ofBomb.Incidents).Id);
        Assert.Equal(["ngo", "wire", "media"], incident.Claims.OrderBy(c => c.ReportId == copy.Id).ThenBy(c => c.ReportId == wire.Id).Select(c => c.SourceType));
        Assert.Equal(incident, await _fixture.MatchingClient.GetIncidentAsync(new GetIncidentRequest { Id = incident.Id }, deadline: Deadline()));

        // Ingest kept each report as sent.
        foreach (var report in submitted)
        {
            var stored = await _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = report.Id }, deadline: Deadline());
            Assert.Equal(report, stored.Report);
            Assert.Equal(1, stored.Version);
            Assert.False(stored.ClaimsExtracted);
            Assert.NotEmpty(stored.ReceivedAt);
        }
        var missing = await Assert.ThrowsAsync<RpcException>(() => _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = Id("never-sent") }, deadline: Deadline()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task InvalidReportIsRejectedWithFieldViolations()
    {
        var invalid = Report("", "Airwars", "ngo", "the twelfth of March", "Nothing", "An airstrike hit a market.");

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = invalid }, deadline: Deadline()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
        Assert.NotNull(badRequest);
        var fields = badRequest.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("id", fields);
        Assert.Contains("publishedAt", fields);
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));

        // In a batch the invalid item is rejected alone, with the same violations.
        var valid = Report(Id("valid-in-batch"), "Airwars", "ngo", "2023-02-02", $"Shelling of Bakhmut ({_fixture.RunId})",
            "Shelling hit a residential block in Bakhmut on 1 February 2023, killing three people.",
            Claim("2023-02-01", "Bakhmut", "Ukraine", 48.5950, 38.0000, 3, 3));
        using var call = _fixture.IngestClient.SubmitReports(deadline: Deadline(60));
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = invalid });
        await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = valid });
        await call.RequestStream.CompleteAsync();
        var response = await call;
        Assert.Equal(1, response.Rejected);
        Assert.Equal(1, response.Accepted);
        Assert.Equal(SubmitOutcome.Rejected, response.Results[0].Outcome);
        Assert.Equal(["id", "publishedAt"], response.Results[0].Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Equal(SubmitOutcome.Accepted, response.Results[1].Outcome);
    }

    [Fact]
    public async Task ResubmittingTheSameReportIsIdempotent()
    {
        var token = $"{_fixture.RunId}-idem";
        var report = Report(Id("idempotent"), "Human Rights Watch", "ngo", "2022-06-06", $"Strike on Lysychansk school ({token})",
            "A missile struck a school used as a shelter in Lysychansk on 5 June 2022, killing four people.",
            Claim("2022-06-05", "Lysychansk", "Ukraine", 48.9040, 38.4420, 4, 4));

        var first = await _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = report }, deadline: Deadline());
        Assert.Equal(SubmitOutcome.Accepted, first.Outcome);
        Assert.Equal(1, first.Version);
        Assert.Equal(1, first.ClaimCount);

        var again = await _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = report }, deadline: Deadline());
        Assert.Equal(SubmitOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Version, again.Version);

        var scored = await ScoreOfAsync(report.Id, minMatchingState: null);
        var incidentsBefore = await IncidentsMatchingAsync(token);
        Assert.Single(incidentsBefore);

        var changed = report.Clone();
        changed.Text += " The toll was confirmed by the regional administration.";
        var update = await _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = changed }, deadline: Deadline());
        Assert.Equal(SubmitOutcome.Updated, update.Outcome);
        Assert.Equal(2, update.Version);

        var unchangedAgain = await _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = changed }, deadline: Deadline());
        Assert.Equal(SubmitOutcome.Unchanged, unchangedAgain.Outcome);
        Assert.Equal(2, unchangedAgain.Version);

        // Matching relinks the new version; wait until Scoring has scored that, then count again.
        var rescored = await ScoreOfAsync(report.Id, minMatchingState: scored);
        var incidentsAfter = await IncidentsMatchingAsync(token);
        Assert.Single(incidentsAfter);
        var ofReport = await _fixture.MatchingClient.GetIncidentOfReportAsync(new GetIncidentOfReportRequest { ReportId = report.Id }, deadline: Deadline());
        Assert.Equal(rescored.Id, Assert.Single(ofReport.Incidents).Id);
        Assert.Equal([report.Id], rescored.ReportIds);
        Assert.Single(await Eventually.AllScoresAsync(_fixture.ScoringClient), s => s.ReportIds.Contains(report.Id));

        var stored = await _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = report.Id }, deadline: Deadline());
        Assert.Equal(2, stored.Version);
        Assert.Equal(changed.Text, stored.Report.Text);
    }

    [Fact]
    public async Task SubmitReportCommandFromAnotherSystemIsScored()
    {
        var rabbit = _fixture.Infra.RabbitMq;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
        });
        using var startTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(startTimeout.Token);
        var id = Id("from-newsroom");
        try
        {
            await bus.Publish(new Corroboration.Contracts.SubmitReport(new Corroboration.Contracts.ReportPayload
            {
                Id = id,
                Source = "Newsroom Wire Desk",
                SourceType = "wire",
                PublishedAt = "2021-08-27",
                Language = "en",
                Title = $"Blast near Kabul airport gate ({_fixture.RunId})",
                Text = "A suicide bomber struck the crowd outside the Abbey Gate of Kabul airport on 26 August 2021, killing scores of people.",
                Claims =
                [
                    new Corroboration.Contracts.ClaimPayload
                    {
                        OccurredOn = "2021-08-26",
                        Place = "Kabul",
                        Country = "Afghanistan",
                        Lat = 34.5620,
                        Lon = 69.2120,
                        KilledMin = 170,
                        KilledMax = 183,
                        Weapons = ["suicide bomb"],
                    },
                ],
            }), startTimeout.Token);
        }
        finally
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await bus.StopAsync(stopTimeout.Token);
        }

        var score = await ScoreOfAsync(id, minMatchingState: null);
        Assert.Equal([id], score.ReportIds);
        Assert.Equal("weak", score.Grade);
        Assert.Equal(1, score.IndependentSources);
        var stored = await _fixture.IngestClient.GetReportAsync(new GetReportRequest { Id = id }, deadline: Deadline());
        Assert.Equal("wire", stored.Report.SourceType);
        Assert.Equal(1, stored.Version);
        Assert.Equal("2021-08-26", Assert.Single(stored.Report.Claims).OccurredOn);
    }

    [Fact]
    public async Task WatchScoresStreamsNewScores()
    {
        var report = Report(Id("watched"), "OCHA", "un", "2020-01-09", $"Shelling in Ariha ({_fixture.RunId})",
            "Shelling hit a residential area of Ariha on 8 January 2020, killing seven civilians.",
            Claim("2020-01-08", "Ariha", "Syria", 35.8130, 36.6070, 7, 7));
        using var watchCancel = new CancellationTokenSource(Eventually.PipelineTimeout + TimeSpan.FromSeconds(30));
        using var watch = _fixture.ScoringClient.WatchScores(new WatchScoresRequest(), cancellationToken: watchCancel.Token);

        // The server sends its headers once subscribed: from then on no score can slip past the watch.
        await watch.ResponseHeadersAsync;
        var submitted = await _fixture.IngestClient.SubmitReportAsync(new SubmitReportRequest { Report = report }, deadline: Deadline());
        Assert.Equal(SubmitOutcome.Accepted, submitted.Outcome);
        ScoredIncident? received = null;
        while (received is null)
        {
            Assert.True(await watch.ResponseStream.MoveNext(watchCancel.Token), "the watch ended before the report's score arrived");
            var scored = watch.ResponseStream.Current;
            if (scored.ReportIds.Contains(report.Id))
            {
                received = scored;
            }
        }

        Assert.Equal([report.Id], received.ReportIds);
        Assert.Equal("weak", received.Grade);
        Assert.True(received.Version >= 1);
        Assert.NotEmpty(received.ScoredAt);
        var stored = await _fixture.ScoringClient.GetScoreAsync(new GetScoreRequest { IncidentId = received.Id }, deadline: Deadline());
        Assert.Contains(report.Id, stored.ReportIds);
        watchCancel.Cancel();
    }

    /// <summary>
    /// The one live score holding <paramref name="reportId"/>; when <paramref name="minMatchingState"/>
    /// is given, only one newer than it (a later version, or another incident).
    /// </summary>
    private async Task<ScoredIncident> ScoreOfAsync(string reportId, ScoredIncident? minMatchingState)
    {
        List<ScoredIncident> scores = [];
        return await Eventually.UntilAsync(async () =>
        {
            scores = await Eventually.AllScoresAsync(_fixture.ScoringClient);
            var holding = scores.Where(s => s.ReportIds.Contains(reportId)).ToList();
            if (holding.Count != 1)
            {
                return null;
            }
            var score = holding[0];
            return minMatchingState is null || score.Id != minMatchingState.Id || score.Version > minMatchingState.Version ? score : null;
        }, Eventually.PipelineTimeout, () => Eventually.Describe(scores.Where(s => s.ReportIds.Contains(reportId))));
    }

    private async Task<List<Incident>> IncidentsMatchingAsync(string text)
    {
        var page = await _fixture.MatchingClient.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 500, Text = text }, deadline: Deadline());
        return page.Incidents.ToList();
    }
}
