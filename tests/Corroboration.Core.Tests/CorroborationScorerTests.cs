using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Scoring;

namespace Corroboration.Core.Tests;

/// <summary>Scenarios from the seed article's story: Amnesty, HRW, a wire, a citing article, a denial.</summary>
public class CorroborationScorerTests
{
    private static readonly CorroborationScorer Scorer = new();
    private static readonly ClaimExtractor Extractor = new(TestGazetteer.Instance);

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
    public void AGovernmentSourceThatDoesNotSpeakForTheAccusedDoesNotConfirm()
    {
        // Syrian Civil Defence is sometimes typed "government"; it is a rescue service, not the Syrian government.
        var rescuers = Member("scd", "Syrian Civil Defense", "government", perpetrator: "Syrian government");
        var centcom = Member("centcom", "US Department of Defense", "government", perpetrator: "US-led Coalition");

        Assert.NotEqual("confirmed", Scorer.Score("inc-1", [Wire with { Claim = Wire.Claim with { Perpetrator = "Syrian government" } }, rescuers]).Grade);
        Assert.Equal("confirmed", Scorer.Score("inc-2", [Wire with { Claim = Wire.Claim with { Perpetrator = "US-led Coalition" } }, centcom]).Grade);
    }

    /// <summary>A member whose claim is extracted from its text, as Ingest and Matching would build it.</summary>
    private static IncidentMember Reported(string id, string source, string type, string text)
    {
        var report = new ReportPayload { Id = id, Source = source, SourceType = type, PublishedAt = "2015-12-23", Language = "en", Text = text };
        return new IncidentMember(id, 0, source, type, "2015-12-23", null, Extractor.Extract(report).Claims[0], TextSignature.Of(text));
    }

    [Fact]
    public void TheSeedArticlesStoryToldFromTheTextsIsFairAndTheArticleCitingAmnestyIsNotIndependent()
    {
        IncidentMember[] ngos =
        [
            Reported("amnesty", "Amnesty International", "ngo",
                "Russian air strikes on a crowded market in the centre of Idleb killed 49 civilians on Sunday. Three missiles struck "
                + "the market, witnesses told the organisation, which reviewed video footage of the aftermath with weapons experts."),
            Reported("hrw", "Human Rights Watch", "ngo",
                "Russian warplanes fired three missiles into the busy Sunday market in Idleb city, killing 49 civilians, according "
                + "to residents interviewed by telephone. Photographs show craters between the stalls."),
        ];
        IncidentMember[] others =
        [
            Reported("reuters", "Reuters", "wire",
                "Missiles fired by Russian jets hit a market in Idleb on Sunday and killed 49 people, rescue workers said."),
            Reported("rudaw", "Rudaw", "media",
                "Russian air strikes killed 49 civilians at a market in Idleb, according to Amnesty International, which presented "
                + "what it said was evidence that Moscow had violated humanitarian law."),
            Reported("mod", "Russian Ministry of Defence", "party",
                "The ministry denied that Russian aircraft had targeted civilians in Idleb and said it had no corroborated facts about civilian losses."),
        ];

        var incident = Scorer.Score("idleb-market", [.. ngos, .. others]);
        var withoutNgos = Scorer.Score("idleb-market", others);

        Assert.Equal("fair", incident.Grade);
        Assert.False(incident.Contested);
        Assert.Equal(3, incident.IndependentSources);
        var citing = incident.Explanation.Single(e => e.ReportId == "rudaw");
        Assert.Equal((0, "cites Amnesty International: not independent"), (citing.Contribution, citing.Reason));
        Assert.Contains("accused party", incident.Explanation.Single(e => e.ReportId == "mod").Reason);
        Assert.True(withoutNgos.Confidence < incident.Confidence, $"{withoutNgos.Confidence} < {incident.Confidence}");
    }

    [Fact]
    public void ALightlyEditedWireCopyIsNotIndependentButAnotherOutletsOwnAccountIs()
    {
        var wire = Member("wire", "Reuters", "wire") with { TextSignature = TextSignature.Of(TextSignatureTests.Wire) };
        var copy = Member("copy", "Daily Levant", "media") with { TextSignature = TextSignature.Of(TextSignatureTests.EditedCopy) };
        var own = Member("own", "Syria Direct", "media") with { TextSignature = TextSignature.Of(TextSignatureTests.Independent) };

        var copied = Scorer.Score("inc-1", [wire, copy]);
        var corroborated = Scorer.Score("inc-1", [wire, own]);

        Assert.Equal((1, "weak"), (copied.IndependentSources, copied.Grade));
        Assert.Equal("near-copy of report wire: not independent", copied.Explanation.Single(e => e.ReportId == "copy").Reason);
        Assert.Equal((2, "fair"), (corroborated.IndependentSources, corroborated.Grade));
    }

    [Fact]
    public void OneSourceAloneGivesItsOwnReliabilityAsConfidence()
    {
        // Naive Bayes over independent sources: with one source the posterior is that source's precision.
        var incident = Scorer.Score("inc-1", [Wire]);

        Assert.Equal(SourceReliability.Prior("wire"), incident.Confidence, 3);
    }

    [Fact]
    public void ACredibleFactCheckOutweighsALoneRumour()
    {
        var rumour = Member("post", "@idlib_now", "social");
        var factCheck = Member("check", "AFP Fact Check", "wire", perpetrator: null, stance: "denies");

        var incident = Scorer.Score("inc-1", [rumour, factCheck]);

        Assert.Equal("discounted", incident.Grade);
        Assert.True(incident.Confidence < 0.5, $"{incident.Confidence}");
    }

    [Fact]
    public void APartysDenialIsWeakEvidenceEvenWhenItIsNotTheAccused()
    {
        var denial = Member("sana", "SANA", "party", perpetrator: null, stance: "denies");

        var incident = Scorer.Score("inc-1", [Member("post", "@idlib_now", "social"), denial]);

        Assert.Equal("weak", incident.Grade);
        Assert.Contains("a party to the conflict: weak evidence", incident.Explanation.Single(e => e.ReportId == "sana").Reason);
        Assert.True(incident.Confidence > SourceReliability.BaseRate - 0.1, $"{incident.Confidence}");
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
