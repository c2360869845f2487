using Corroboration.Protos.V1;
using static Corroboration.Scoring.Tests.ScoringHost;

namespace Corroboration.Scoring.Tests;

public class ReliabilityLearningTests
{
    private const string Relearned = "source reliability relearned";

    [Fact]
    public async Task RefutingAnIncidentLowersItsSourcesReliabilityAndItsOtherIncidentsConfidence()
    {
        await using var host = await StartAsync();
        await host.ChangeAsync("inc-1", 1, Messages.Member("h1", "Hoax Agency", "media"));
        await host.ChangeAsync("inc-2", 1, Messages.Member("h2", "Hoax Agency", "media"));
        // A source just like it that no analyst judges: what learning makes of such a source without a verdict.
        await host.ChangeAsync("inc-3", 1, Messages.Member("t1", "Twin Agency", "media"));
        await host.ChangeAsync("inc-4", 1, Messages.Member("t2", "Twin Agency", "media"));
        var before = await host.ScoreAsync("inc-2");

        var flagged = await host.Client.FlagIncidentAsync(new FlagIncidentRequest
        {
            IncidentId = "inc-1", Verdict = Verdict.Refuted, Analyst = "alice", Reason = "the footage is from 2016",
        });
        var after = await EventuallyAsync(() => host.ScoreAsync("inc-2"), s => s.Reason == Relearned);
        // A source only ever seen alone keeps its reliability, so the twin's score need not change.
        var control = await host.ScoreAsync("inc-4");
        var hoax = await host.SourceAsync("Hoax Agency");
        var twin = await host.SourceAsync("twin agency");

        Assert.Equal("analyst alice refuted: the footage is from 2016", flagged.Reason);
        Assert.Equal(Relearned, after.Reason);
        Assert.Equal((2, 0, 1), (hoax.Incidents, hoax.Confirmed, hoax.Refuted));
        Assert.Equal((2, 0, 0), (twin.Incidents, twin.Confirmed, twin.Refuted));
        Assert.True(hoax.Learned < twin.Learned, $"refuted source {hoax.Learned}, unjudged twin {twin.Learned}");
        Assert.Equal(hoax.Learned, hoax.Value);
        Assert.True(after.Confidence < before.Confidence, $"{before.Confidence} → {after.Confidence}");
        Assert.True(after.Confidence < control.Confidence, $"refuted source's other incident {after.Confidence}, twin's {control.Confidence}");
    }

    [Fact]
    public async Task LearningStoresNoVersionForAConfidenceThatMovedLessThanTheMinimum()
    {
        // The same verdict moves inc-2 as in the test above, by less than this host asks for.
        await using var host = await StartAsync(more: new Dictionary<string, string> { ["Scoring:RevisionMinChange"] = "0.5" });
        await host.ChangeAsync("inc-1", 1, Messages.Member("h1", "Hoax Agency", "media"));
        await host.ChangeAsync("inc-2", 1, Messages.Member("h2", "Hoax Agency", "media"));

        await host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-1", Verdict = Verdict.Refuted, Analyst = "alice", Reason = "the footage is from 2016" });
        var learned = await EventuallyAsync(async () => (await host.Client.ListSourceReliabilitiesAsync(new ListSourceReliabilitiesRequest())).Sources, s => s.Any(source => source.Refuted == 1));

        var hoax = learned.Single(s => s.Source == "Hoax Agency");
        Assert.True(hoax.Learned < hoax.Prior); // learned: inc-2 would now score lower
        Assert.Equal(["test v1"], (await host.HistoryAsync("inc-2")).Select(v => v.Reason));
    }

    [Fact]
    public async Task IncidentChangesAreLearnedFromWithinTheRelearnInterval()
    {
        await using var host = await StartAsync(relearnSeconds: 1);
        await host.ChangeAsync("inc-1", 1, Messages.Member("a", "Amnesty International", "ngo"), Messages.Member("b", "Reuters", "wire"));
        await host.ChangeAsync("inc-2", 1, Messages.Member("c", "Amnesty International", "ngo"));

        var all = await EventuallyAsync(
            async () => await host.Client.ListSourceReliabilitiesAsync(new ListSourceReliabilitiesRequest()),
            l => l.Sources.Sum(s => s.Incidents) == 3);
        var first = await host.Client.ListSourceReliabilitiesAsync(new ListSourceReliabilitiesRequest { PageSize = 1 });
        var rest = await host.Client.ListSourceReliabilitiesAsync(new ListSourceReliabilitiesRequest { PageSize = 5, PageToken = first.NextPageToken });

        Assert.Equal([("Amnesty International", "ngo", 2), ("Reuters", "wire", 1)], all.Sources.Select(s => (s.Source, s.SourceType, s.Incidents)));
        Assert.All(all.Sources, s =>
        {
            Assert.NotEqual("", s.LearnedAt);
            Assert.True(s.Supported > 0);
            Assert.False(s.HasPinned);
            Assert.Equal(s.Learned, s.Value);
        });
        Assert.Equal(all.Sources.Select(s => s.Source), first.Sources.Concat(rest.Sources).Select(s => s.Source));
        Assert.Equal("", rest.NextPageToken);
    }
}
