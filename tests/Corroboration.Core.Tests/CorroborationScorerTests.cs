using Corroboration.Contracts;
using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

/// <summary>Scenarios from the seed article's story: Amnesty, HRW, a wire, a citing article, a denial.</summary>
public class CorroborationScorerTests
{
    private static readonly CorroborationScorer Scorer = new();

    private static IncidentMember Member(string id, string source, string type, string? perpetrator = "Russia", string? stance = null, string[]? cites = null, string[]? evidence = null) =>
        new(id, 0, source, type, "2015-12-23", null, new ClaimPayload
        {
            OccurredOn = "2015-11-29",
            Place = "Idlib",
            KilledMin = 49,
            KilledMax = 49,
            Perpetrator = perpetrator,
            Stance = stance,
            Cites = cites,
            Evidence = evidence,
        });

    private static readonly IncidentMember Amnesty = Member("amnesty", "Amnesty International", "ngo", evidence: ["witness", "imagery"]);
    private static readonly IncidentMember Hrw = Member("hrw", "Human Rights Watch", "ngo", evidence: ["weapons expert"]);
    private static readonly IncidentMember Wire = Member("wire", "Reuters", "wire");
    private static readonly IncidentMember Citing = Member("rudaw", "Rudaw", "media", cites: ["Amnesty International"]);
    private static readonly IncidentMember Denial = Member("mod", "Russian Ministry of Defence", "party", perpetrator: null, stance: "denies");

    [Fact]
    public void IndependentNgoAndWireReportsGradeFairAndTheCitingArticleCountsForNothing()
    {
        var incident = Scorer.Score("inc-1", [Amnesty, Hrw, Wire, Citing, Denial]);
        Assert.Equal("fair", incident.Grade);
        Assert.Equal(3, incident.IndependentSources);
        var citing = incident.Explanation.Single(e => e.ReportId == "rudaw");
        Assert.Equal(0, citing.Contribution);
        Assert.Contains("not independent", citing.Reason);
        var denial = incident.Explanation.Single(e => e.ReportId == "mod");
        Assert.True(denial.Contribution < 0);
        Assert.Contains("accused party", denial.Reason);
    }

    [Fact]
    public void RemovingTheNgoReportsLowersTheConfidence()
    {
        var all = Scorer.Score("inc-1", [Amnesty, Hrw, Wire, Citing, Denial]);
        var withoutNgos = Scorer.Score("inc-1", [Wire, Citing, Denial]);
        Assert.True(withoutNgos.Confidence < all.Confidence);
    }

    [Fact]
    public void TenCopiesOfOneBriefingAreOneSource()
    {
        var copies = Enumerable.Range(0, 10).Select(i => Member($"copy{i}", $"Outlet {i}", "media", cites: ["Amnesty International"])).Append(Amnesty).ToList();
        var incident = Scorer.Score("inc-1", copies);
        Assert.Equal(1, incident.IndependentSources);
        Assert.Equal("weak", incident.Grade);
    }

    [Fact]
    public void CredibleSourcesBlamingDifferentPartiesAreContested()
    {
        var incident = Scorer.Score("inc-1", [Amnesty, Member("sana", "SOHR", "local_monitor", perpetrator: "Syrian government")]);
        Assert.True(incident.Contested);
        Assert.Equal("contested", incident.Grade);
    }

    [Fact]
    public void AnAccusedPartysAcknowledgementConfirms()
    {
        var acknowledgement = Member("mod-ack", "Russian Ministry of Defence", "party");
        Assert.Equal("confirmed", Scorer.Score("inc-1", [Wire, acknowledgement]).Grade);
    }

    [Fact]
    public void CasualtyRangeSpansTheIndependentFigures()
    {
        var low = Member("a", "Reuters", "wire") with { Claim = Wire.Claim with { KilledMin = 40, KilledMax = 40 } };
        var high = Member("b", "AFP", "wire") with { Claim = Wire.Claim with { KilledMin = 55, KilledMax = 60 } };
        var incident = Scorer.Score("inc-1", [low, high, Amnesty]);
        Assert.Equal(new CasualtyRange(40, 49, 60), incident.Killed);
    }
}
