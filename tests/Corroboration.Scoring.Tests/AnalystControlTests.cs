using Corroboration.Protos.V1;
using Grpc.Core;
using static Corroboration.Scoring.Tests.ScoringHost;

namespace Corroboration.Scoring.Tests;

public class AnalystControlTests
{
    private static readonly Contracts.IncidentMember Ngo = Messages.Member("amnesty", "Amnesty International", "ngo");
    private static readonly Contracts.IncidentMember Wire = Messages.Member("reuters", "Reuters", "wire");

    [Fact]
    public async Task PinningASourceRescoresItsIncidentsAtOnceAndIsAudited()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo);
        await host.ChangeAsync("inc-2", 1, Wire);
        var before = await host.ScoreAsync("inc-1");

        var pinned = await host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest
        {
            Source = "Amnesty", Reliability = 0.3, Analyst = "bob", Reason = "retracted two reports",
        });
        var whilePinned = await host.ScoreAsync("inc-1");
        var learned = await EventuallyAsync(() => host.SourceAsync("Amnesty International"), s => s.Incidents == 1);
        var cleared = await host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest
        {
            Source = "Amnesty International", Clear = true, Analyst = "bob", Reason = "pinned the wrong source",
        });
        var afterClear = await host.ScoreAsync("inc-1");
        var audit = await host.Client.ListScoringAuditAsync(new ListScoringAuditRequest { Source = "amnesty" });

        Assert.Equal((0.3, 0.3, "bob", "retracted two reports"), (pinned.Pinned, pinned.Value, pinned.PinnedBy, pinned.PinReason));
        Assert.True(whilePinned.Confidence < before.Confidence, $"{before.Confidence} → {whilePinned.Confidence}");
        Assert.Equal((2L, "analyst bob set the reliability of Amnesty to 0.3: retracted two reports"), (whilePinned.Version, whilePinned.Reason));
        // Learning goes on under the pin, and the pin wins.
        Assert.Equal(("ngo", Corroboration.Core.Scoring.SourceReliability.Prior("ngo"), 0.3), (learned.SourceType, learned.Prior, learned.Value));
        Assert.False(cleared.HasPinned);
        Assert.Equal(cleared.Learned, cleared.Value);
        Assert.True(afterClear.Confidence > whilePinned.Confidence);
        Assert.Contains(await host.HistoryAsync("inc-1"), v => v.Reason == "analyst bob cleared the reliability of Amnesty International: pinned the wrong source");
        Assert.DoesNotContain(await host.HistoryAsync("inc-2"), v => v.Reason.StartsWith("analyst", StringComparison.Ordinal));
        Assert.Equal(
            [("SetSourceReliability", "bob", "pinned the wrong source", "pin cleared; was 0.3 by bob"), ("SetSourceReliability", "bob", "retracted two reports", "pinned at 0.3")],
            audit.Entries.Select(e => (e.Action, e.Analyst, e.Reason, e.Details)));
    }

    [Fact]
    public async Task PinningASourceRescoresEveryOneOfItsIncidentsBeyondOneTransactionsWorth()
    {
        await using var host = await StartAsync();
        var ngoIncidents = Enumerable.Range(1, Scores.IncidentRescorer.RevisionBatch + 6).Select(i => $"inc-ngo-{i:D3}").ToList();
        foreach (var incidentId in ngoIncidents)
        {
            await host.ChangeAsync(incidentId, 1, Ngo);
        }
        await host.ChangeAsync("inc-wire", 1, Wire);

        await host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest
        {
            Source = "Amnesty International", Reliability = 0.2, Analyst = "bob", Reason = "fabricated sources",
        });

        // Learning, woken by the pin, may add versions of its own after the pin's.
        foreach (var incidentId in ngoIncidents)
        {
            var second = (await host.HistoryAsync(incidentId)).Single(v => v.Version == 2);
            Assert.Equal("analyst bob set the reliability of Amnesty International to 0.2: fabricated sources", second.Reason);
        }
        Assert.DoesNotContain(await host.HistoryAsync("inc-wire"), v => v.Reason.StartsWith("analyst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFlagSentTwiceStoresOneFlagAndOneVersion()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo, Wire);
        var request = new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Confirmed, Analyst = "carol", Reason = "geolocated footage" };

        var first = await host.Client.FlagIncidentAsync(request);
        await host.Client.FlagIncidentAsync(request);
        var once = await host.Client.ListScoringAuditAsync(new ListScoringAuditRequest { IncidentId = "inc-1" });
        var changed = await host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Refuted, Analyst = "dave", Reason = "wrong town" });
        var audit = await host.Client.ListScoringAuditAsync(new ListScoringAuditRequest { IncidentId = "inc-1" });
        var history = await host.HistoryAsync("inc-1");

        Assert.Equal((2L, "fair", "analyst carol confirmed: geolocated footage"), (first.Version, first.Grade, first.Reason));
        Assert.Single(once.Entries);
        Assert.Single(history, v => v.Reason == first.Reason);
        Assert.Equal("analyst dave refuted: wrong town", changed.Reason);
        Assert.Equal(["dave", "carol"], audit.Entries.Select(e => e.Analyst));
        Assert.EndsWith("; was confirmed by carol", audit.Entries[0].Details);
    }

    [Fact]
    public async Task ARefutedIncidentIsDiscountedAndKeepsTheVerdictThroughLaterChanges()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo, Wire);
        var before = await host.ScoreAsync("inc-1");

        var refuted = await host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Refuted, Analyst = "dave", Reason = "footage is from 2016" });
        await host.ChangeAsync("inc-1", 2, Ngo, Wire, Messages.Member("monitor", "Idlib Monitor", "local_monitor"));
        var afterChange = await host.ScoreAsync("inc-1");
        var confirmed = await host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Confirmed, Analyst = "erin", Reason = "site visit" });

        Assert.Equal(("fair", ""), (before.Grade, before.Verdict));
        Assert.Equal(("discounted", "refuted", before.Confidence), (refuted.Grade, refuted.Verdict, refuted.ModelConfidence));
        Assert.True(refuted.Confidence <= 0.01, $"refuted at {refuted.Confidence}");
        Assert.StartsWith("refuted by analyst dave: footage is from 2016; the evidence alone gives", refuted.Explanation[0].Reason);
        // Matching adds a report: the evidence is scored again, the analyst's verdict still decides.
        Assert.Equal(("discounted", "refuted", 3), (afterChange.Grade, afterChange.Verdict, afterChange.IndependentSources));
        Assert.True(afterChange.HasModelConfidence);
        // The grade stays the evidence's (learning from the refutation may have lowered it), never discounted.
        Assert.Equal("confirmed", confirmed.Verdict);
        Assert.NotEqual("discounted", confirmed.Grade);
        Assert.True(confirmed.Confidence >= 0.99, $"confirmed at {confirmed.Confidence}");
        Assert.Single(confirmed.Explanation, line => line.Source == "analyst erin");
    }

    [Fact]
    public async Task HistoryListsEveryVersionNewestFirstWithItsReason()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo);
        await host.ChangeAsync("inc-1", 2, Ngo, Wire);
        await host.ChangeAsync("inc-1", 3);

        var first = await host.Client.GetScoreHistoryAsync(new GetScoreHistoryRequest { IncidentId = "inc-1", PageSize = 2 });
        var rest = await host.Client.GetScoreHistoryAsync(new GetScoreHistoryRequest { IncidentId = "inc-1", PageSize = 2, PageToken = first.NextPageToken });
        var unknown = await FailsAsync(host.Client.GetScoreHistoryAsync(new GetScoreHistoryRequest { IncidentId = "inc-9" }));

        var versions = first.Versions.Concat(rest.Versions).ToList();
        Assert.Equal([(3L, "removed", "merged away"), (2L, "fair", "test v2"), (1L, "weak", "test v1")], versions.Select(v => (v.Version, v.Grade, v.Reason)));
        Assert.True(versions[1].Confidence > versions[2].Confidence);
        Assert.All(versions, v => Assert.Equal("inc-1", v.Id));
        Assert.Equal("", rest.NextPageToken);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task InvalidAnalystRequestsNameEveryBadField()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo);
        await host.ChangeAsync("inc-2", 1, Ngo);
        await host.ChangeAsync("inc-2", 2);

        var flag = await FailsAsync(host.Client.FlagIncidentAsync(new FlagIncidentRequest()));
        var pin = await FailsAsync(host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest { Source = " ", Reliability = 1.5, Analyst = "bob" }));
        var neither = await FailsAsync(host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest { Source = "Reuters", Analyst = "bob", Reason = "r" }));
        var both = await FailsAsync(host.Client.SetSourceReliabilityAsync(new SetSourceReliabilityRequest { Source = "Reuters", Reliability = 0.5, Clear = true, Analyst = "bob", Reason = "r" }));
        var history = await FailsAsync(host.Client.GetScoreHistoryAsync(new GetScoreHistoryRequest()));
        var audit = await FailsAsync(host.Client.ListScoringAuditAsync(new ListScoringAuditRequest { PageToken = "yesterday" }));
        var unknown = await FailsAsync(host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-9", Verdict = Verdict.Confirmed, Analyst = "bob", Reason = "r" }));
        var removed = await FailsAsync(host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-2", Verdict = Verdict.Confirmed, Analyst = "bob", Reason = "r" }));
        var unknownSource = await FailsAsync(host.Client.GetSourceReliabilityAsync(new GetSourceReliabilityRequest { Source = "Nobody Ever" }));

        Assert.All(new[] { flag, pin, neither, both, history, audit }, e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Equal(["incidentId", "reason", "verdict"], Fields(flag)); // no analyst named: the caller, by the token
        Assert.Equal(["reason", "reliability", "source"], Fields(pin));
        Assert.Equal(["reliability"], Fields(neither));
        Assert.Equal(["reliability"], Fields(both));
        Assert.Equal(["incidentId"], Fields(history));
        Assert.Equal(["pageToken"], Fields(audit));
        Assert.All(new[] { unknown, removed, unknownSource }, e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.Empty((await host.Client.ListScoringAuditAsync(new ListScoringAuditRequest())).Entries);
        Assert.Equal(1, (await host.ScoreAsync("inc-1")).Version);
    }
}
