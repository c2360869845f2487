using Corroboration.Contracts;
using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

public class TruthDiscoveryTests
{
    private static readonly CorroborationScorer Scorer = new();

    private static IncidentMember Report(string id, string source, string type = "media", string? stance = null) =>
        new(id, 0, source, type, null, null, new ClaimPayload { OccurredOn = "2022-03-01", Place = "Idlib", Perpetrator = "Russia", Stance = stance });

    /// <summary>Ten incidents, each told by two outlets that are always borne out, and one by a third that is always refuted.</summary>
    private static List<IncidentEvidence> History()
    {
        var incidents = new List<IncidentEvidence>();
        for (var i = 0; i < 10; i++)
        {
            incidents.Add(new($"real-{i}", [Report($"a{i}", "Outlet A"), Report($"b{i}", "Outlet B")], i < 3 ? true : null));
            incidents.Add(new($"hoax-{i}", [Report($"h{i}", "Rumour Page", "social")], i < 5 ? false : null));
        }
        return incidents;
    }

    [Fact]
    public void SourcesBorneOutGainAndSourcesRefutedLose()
    {
        var table = TruthDiscovery.Learn(History());
        var a = table.Find("Outlet A")!;
        var rumour = table.Find("Rumour Page")!;
        Assert.True(a.Learned > a.Prior, $"{a.Learned} > {a.Prior}");
        Assert.True(rumour.Learned < rumour.Prior, $"{rumour.Learned} < {rumour.Prior}");
        Assert.Equal(10, a.Incidents);
        Assert.Equal(3, a.Confirmed);
        Assert.Equal(5, rumour.Refuted);
    }

    [Fact]
    public void LearnedReliabilityChangesTheScoreOfANewReport()
    {
        var table = TruthDiscovery.Learn(History());
        var fresh = new List<IncidentMember> { Report("new", "Rumour Page", "social") };
        Assert.True(Scorer.Score("next", fresh, table).Confidence < Scorer.Score("next", fresh).Confidence);
    }

    [Fact]
    public void APinnedValueWinsOverTheLearnedOne()
    {
        var table = TruthDiscovery.Learn(History(), new Dictionary<string, double> { ["Rumour Page"] = 0.9, ["Never Seen"] = 0.2 });
        Assert.Equal(0.9, table.Find("Rumour Page")!.Value);
        Assert.True(table.Find("Rumour Page")!.Learned < 0.9);
        Assert.Equal(0.2, table.Find("never seen")!.Value);
    }

    [Fact]
    public void DenyingAnIncidentAnAnalystConfirmedCostsTheDenier()
    {
        var incidents = Enumerable.Range(0, 6)
            .Select(i => new IncidentEvidence($"i{i}", [Report($"n{i}", "Monitor", "ngo"), Report($"d{i}", "Ministry", "government", "denies")], true))
            .ToList();
        var ministry = TruthDiscovery.Learn(incidents).Find("Ministry")!;
        Assert.True(ministry.Learned < ministry.Prior);
        Assert.Equal(6, ministry.Refuted);
    }

    [Fact]
    public void LearningScoresEachIncidentAsTheScorerDoes()
    {
        // Learning groups an incident's members into chains once and scores them under table
        // after table: it must get the confidence scoring gets, for copies, citations and denials alike.
        var random = new Random(3);
        IncidentMember[] kinds =
        [
            Report("ngo", "Amnesty International", "ngo") with { Claim = new ClaimPayload { Place = "Idlib", Perpetrator = "Russia", Evidence = ["witness"] } },
            Report("hrw", "HRW", "ngo"), Report("wire", "Reuters", "wire"), Report("afp", "AFP", "wire"), Report("local", "Enab Baladi", "media"),
            Report("cites", "Rudaw", "media") with { Claim = new ClaimPayload { Place = "Idlib", Perpetrator = "Russia", Cites = ["Reuters"] } },
            Report("copy", "Daily Levant", "media") with { TextSignature = TextSignature.Of(TextSignatureTests.EditedCopy) },
            Report("orig", "Reuters Arabic", "wire") with { TextSignature = TextSignature.Of(TextSignatureTests.Wire) },
            Report("post", "@monitor", "social"), Report("rumour", "Rumour Page", "social"),
            Report("mod", "Russian Ministry of Defence", "party", "denies"), Report("check", "Fact Checker", "media", "denies"),
        ];
        IncidentMember Pick(int incident, int member) => kinds[random.Next(kinds.Length)] is var kind ? kind with { ReportId = $"{kind.ReportId}-{incident}-{member}" } : kind;
        var incidents = Enumerable.Range(0, 200)
            .Select(i => new IncidentEvidence($"i{i}", Enumerable.Range(0, random.Next(1, 9)).Select(j => Pick(i, j)).ToList(), i % 10 == 0 ? i % 20 == 0 : null))
            .ToList();
        var table = TruthDiscovery.Learn(incidents, new Dictionary<string, double> { ["AFP"] = 0.6 });

        Assert.All(incidents, incident =>
        {
            var scored = Scorer.Score(incident.IncidentId, incident.Members, table);
            Assert.Equal(scored.Confidence, CorroborationScorer.Confidence(incident.Chains(table)));
            Assert.Equivalent(scored, Scorer.Score(incident.IncidentId, incident.Members, incident.Chains(table)), strict: true);
        });
        Assert.Contains(incidents, i => Scorer.Score(i.IncidentId, i.Members, table).IndependentSources < i.Members.Count); // copies were chained
    }
}
